// content.other-agency: the opening publishes another body's report under this one's title.
import { otherAgency } from '../../../src/shared/rules/content/other-agency';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

/** A report titled for `agency` whose opening sentence, under the title, is `opening`. */
const opening = (agency: string, sentence: string): string =>
  buildReportText({ title: `${agency}2025年政府信息公开工作年度报告\n\n${sentence}` });

ruleTester(otherAgency, {
  valid: [
    { name: 'no opening sentence', text: buildReportText({ agency: '某县某镇人民政府' }) },
    {
      name: 'the agency’s own name',
      text: opening(
        '某县水利局',
        '根据《条例》规定，现公布某县水利局2025年度政府信息公开工作年度报告。',
      ),
    },
    {
      name: 'a short form of its own name ("县医保局", "区统计局")',
      text: opening(
        '某某县医疗保障局',
        '根据《条例》规定，现公布县医保局2025年政府信息公开工作年度报告。',
      ),
    },
    {
      name: 'the longer official name of a town written under its short title',
      text: opening('某县某镇', '现公布某县某镇人民政府2025年度政府信息公开工作年度报告。'),
    },
    {
      name: '"我局" and "本机关" name nobody',
      text: opening('某县水利局', '特向社会公布本机关2025年度政府信息公开工作年度报告。'),
    },
    {
      name: 'a notice cited in 《》 is no claim of whose report this is',
      text: opening(
        '某县某镇',
        '根据《某县人民政府办公室关于做好2025年政府信息公开工作年度报告的通知》编制本报告。',
      ),
    },
  ],
  invalid: [
    {
      name: 'a town’s report that publishes a bureau’s',
      text: opening(
        '某县某镇',
        '根据《条例》要求，现公布某县民族宗教事务局2025年度政府信息公开工作年度报告。本报告包括总体情况等6个部分。',
      ),
      findings: [
        {
          message: '称公布的是「某县民族宗教事务局」的年度报告，与标题中的单位「某县某镇」不同',
          quotes: ['某县民族宗教事务局'],
          expected: '某县某镇',
          actual: '某县民族宗教事务局',
          severity: 'warning',
        },
      ],
    },
  ],
});
