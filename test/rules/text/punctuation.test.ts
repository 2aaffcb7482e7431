// text.punctuation: half-width marks in Chinese prose that otherwise uses full-width ones.
import { punctuation } from '../../../src/shared/rules/text/punctuation';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const withProblems = (problems: string): string => buildReportText({ prose: { '5': problems } });

ruleTester(punctuation, {
  valid: [
    {
      name: 'full-width prose; the table label "(区分处理的, 只计这一情形…)" is skipped',
      text: buildReportText(),
    },
    {
      name: 'numbers with thousands separators, Latin lists and web addresses',
      text: withProblems(
        '全年访问量3,000余次，网址为(www.example.gov.cn)，支持APP, LED等载体。下一步将加强培训。',
      ),
    },
    {
      name: 'a space between a year and 年, as PDF text has it',
      text: withProblems('2024 年，公开内容不够丰富。下一步将加强培训。'),
    },
  ],
  invalid: [
    {
      name: 'half-width commas in a section, full-width elsewhere (sample 001)',
      text: withProblems('2022年, 按照统一要求, 我局工作运转正常。下一步, 将加强培训。'),
      findings: [
        {
          message: '3 处半角逗号「,」（第五部分「存在的主要问题及改进情况」 3 处',
          quotes: [',', ',', ','],
          actual: 3,
          severity: 'info',
        },
      ],
    },
    {
      name: 'half-width brackets around Chinese words, and a pair of mixed width',
      text: withProblems('(一) 公开内容不够丰富。（二）更新不及时(2024年）。下一步将加强培训。'),
      findings: [
        { message: '1 处半角括号「()」', quotes: ['(一)'] },
        { message: '前后全半角不配对的括号', quotes: ['(2024年）'] },
      ],
    },
    {
      name: 'a year broken by a space',
      text: withProblems('20 24年，公开内容不够丰富。下一步将加强培训。'),
      findings: [{ message: '年份数字中间的空格', quotes: ['20 24'] }],
    },
  ],
});
