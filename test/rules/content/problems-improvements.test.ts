// content.problems-improvements: section 五 names problems and remedies.
import { problemsImprovements } from '../../../src/shared/rules/content/problems-improvements';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const withFive = (five: string): string => buildReportText({ prose: { '5': five } });

ruleTester(problemsImprovements, {
  valid: [
    { name: 'problems and 改进情况', text: buildReportText() },
    {
      name: 'measures listed as 一是…二是… without a future marker',
      text: withFive(
        '存在问题：公开内容不够丰富，信息更新不够及时，政策解读形式较为单一。一是加强业务培训，提升工作人员能力；二是完善信息发布审核机制。',
      ),
    },
    {
      name: '下一步 with a long account (sample 001)',
      text: withFive(
        '2022年，按照统一要求，区司法局信息公开工作运转正常。信息公开及时、有效，但仍存在政务公开意识不强，深度不够的问题。下一步，区司法局将进一步加强政府信息及政务公开工作的培训。',
      ),
    },
    {
      name: 'a plan for next year in a PDF whose lines wrap inside words ("进\n一步")',
      text: withFive(
        [
          '本年度我办的公开工作虽有进展，但公开栏目更新仍有',
          '待加强，政策解读的形式较为单一。',
          '2025年，我办将按照上级对公开工作的各项部署要求，进',
          '一步提高认识，查找薄弱环节，加大工作力度。',
        ].join('\n'),
      ),
    },
  ],
  invalid: [
    {
      name: 'an empty section',
      text: withFive(''),
      findings: [
        {
          message: '第五部分「存在的主要问题及改进情况」没有内容',
          quotes: ['五、存在的主要问题及改进情况'],
          severity: 'warning',
        },
      ],
    },
    {
      name: '"无。"',
      text: withFive('无。'),
      findings: [{ message: '只写了「无。」', quotes: ['无。'] }],
    },
    {
      name: 'a few words',
      text: withFive('人员不足，将加强培训。'),
      findings: [
        {
          message: '过于简略（9 字）',
          expected: '不少于 40 字',
          actual: 9,
          quotes: ['人员不足，将加强培训。'],
        },
      ],
    },
    {
      name: 'problems without a remedy',
      text: withFive(
        '我局政府信息公开工作还存在一些不足：公开内容不够丰富，信息更新不够及时，政策解读形式较为单一，工作人员业务水平有待提高。',
      ),
      findings: [{ message: '只列出了问题，没有写改进措施' }],
    },
  ],
});
