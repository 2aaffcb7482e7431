import { stale } from '../../../src/shared/rules/year/stale';
import { flattenLikePdf } from '../../support/pdf-like';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const PERIOD = '本报告所列数据的统计期限为2024年1月1日至2024年12月31日。';

/** A 2024 report whose section 一 speaks of 2024, with `extra` in section `id`. */
const report = (extra: string, id: '1' | '5' | '6' = '1', tail = ''): string =>
  buildReportText({
    prose: {
      '1': `${PERIOD}\n2024年，我局认真贯彻落实《政府信息公开条例》。\n（一）主动公开\n2024年在政府门户网站主动公开政府信息120条。${id === '1' ? `\n${extra}` : ''}`,
      ...(id === '5' ? { '5': extra } : {}),
      ...(id === '6' ? { '6': extra } : {}),
    },
  }) + tail;

ruleTester(stale, {
  valid: [
    { name: 'a 2024 report about 2024', text: report('（二）依申请公开\n2024年未收到申请。') },
    {
      name: 'legitimate mentions of 2023: 年底结转, 较, 以来, a dated event, cited documents',
      text: report(
        '（二）依申请公开\n2023年底结转的1件申请已办结。2023年度结转申请2件，均已答复。本年收到申请数较2023年减少2件。\n自2023年以来，平台持续改版。\n2023年12月，我局启动专栏改版，2024年3月上线。\n按照《关于印发2023年政务公开工作要点的通知》要求开展工作。',
      ),
    },
    {
      name: '"2023年未转结…申请" (转结 for 结转) speaks of what the past year left over',
      text: report('（二）依申请公开\n2023年未转结政府信息公开申请，进入行政复议程序的为0件。'),
    },
    {
      name: 'last year’s problems and their 整改 in section 五',
      text: report(
        '2023年度报告中指出的问题已全部整改。\n2023年，我局存在的信息更新不及时问题，已于本年整改到位。\n2025年，我局将进一步加强培训。',
        '5',
      ),
    },
    {
      name: 'a sub-heading on last year’s problems and their 改进 in section 五',
      text: report('（一）2023年工作中存在问题的改进情况\n已完成专栏改版。', '5'),
    },
    {
      name: 'a comparison inside one sentence',
      text: report('（二）依申请公开\n2023年，我局收到申请5件，2024年收到8件。'),
    },
    {
      name: 'a 落款 in January of the next year',
      text: report('', '6', '\n某县司法局\n2025年1月20日\n'),
    },
    {
      name: 'last year’s 决算, published in the reporting year, named right after the year',
      text: report(
        '（三）财政信息\n2023年度本局部门决算总支出86.5万元。2023年单位决算收入与支出均为86.5万元。',
      ),
    },
    {
      // The year is found after the indent; what follows it is read from there too.
      name: 'last year’s 决算 on an indented line (a line opening with tabs)',
      text: report(`（三）财政信息\n${'\t'.repeat(20)}2023年度本局部门决算总支出86.5万元。`),
    },
    {
      name: 'section 一 wholly about another year is year.mismatch’s',
      text: buildReportText({
        prose: {
          '1': `2023年，我局认真落实条例。\n2023年主动公开信息120条。\n2023年未收到申请。`,
        },
      }),
    },
    {
      name: 'PDF-like text',
      text: flattenLikePdf(report('（二）依申请公开\n2023年底结转的1件申请已办结。')),
    },
  ],
  invalid: [
    {
      name: 'a paragraph opening with last year',
      text: report('（二）依申请公开\n2023年，我局收到政府信息公开申请5件，均按时答复。'),
      findings: [
        {
          message:
            '第一部分「2023年，我局收到政府信息公开申请5件，均按时答复」以2023年开头叙述工作，而本报告是2024年度报告',
          severity: 'warning',
          expected: 2024,
          actual: 2023,
          quotes: ['2023年，我局收到政府信息公开申请5件，均按时答复'],
        },
      ],
    },
    {
      name: 'after a sub-heading ending in 。',
      text: report('（二）依申请公开。2023年我局有2个依申请公开的案件。'),
      findings: [{ message: '第一部分「2023年我局有2个依申请公开的案件」', actual: 2023 }],
    },
    {
      name: 'a paragraph opening with last year that only mentions 决算 after a comma',
      text: report('（三）财政信息\n2023年，我局按时公开部门预算和决算信息12条。'),
      findings: [
        { message: '第一部分「2023年，我局按时公开部门预算和决算信息12条」', actual: 2023 },
      ],
    },
    {
      name: 'section 五 left from last year',
      text: report('2023年，我局政府信息公开工作存在的问题主要是栏目更新不及时。', '5'),
      findings: [
        { message: '第五部分「2023年，我局政府信息公开工作存在的问题主要是栏目更新不…」' },
      ],
    },
    {
      name: 'last year’s period in a second place',
      text: report('本部分数据统计期限为2023年1月1日至2023年12月31日。', '6'),
      findings: [
        {
          message: '「2023年1月1日至2023年12月31日」是往年的统计期限，本报告为2024年度报告',
          expected: '2024年1月1日至2024年12月31日',
          quotes: ['2023年1月1日至2023年12月31日'],
        },
      ],
    },
    {
      name: 'last year’s point in time',
      text: report('（三）政府信息管理\n截至2023年12月31日，现行有效规范性文件9件。'),
      findings: [{ message: '「截至2023年12月31日」是往年的时点', quotes: ['截至2023年12月31日'] }],
    },
    {
      name: 'last year’s report named in the preface',
      text: buildReportText({
        title:
          '某县司法局2024年政府信息公开工作年度报告\n\n根据条例规定，编制某县司法局2023年政府信息公开工作年度报告。',
        prose: { '1': PERIOD },
      }),
      findings: [
        {
          message: '报告开头写的是「2023年政府信息公开工作年度报告」',
          quotes: ['2023年政府信息公开工作年度报告'],
        },
      ],
    },
    {
      name: 'a 落款 dated inside the reporting year',
      text: report('', '6', '\n某县司法局\n2024年1月20日\n'),
      findings: [
        {
          message: '报告落款日期为2024年1月20日，早于2024年度结束，疑为沿用上年报告的落款',
          actual: '2024年1月20日',
          quotes: ['2024年1月20日'],
        },
      ],
    },
    {
      name: 'a 落款 in the last days of the reporting year: issued early, not last year’s',
      text: report('', '6', '\n某县司法局\n2024年12月28日\n'),
      findings: [
        {
          message:
            '报告落款日期为2024年12月28日，早于2024年度结束，报告在统计期限届满前印发，所报数据未覆盖2024年全年',
          actual: '2024年12月28日',
          quotes: ['2024年12月28日'],
        },
      ],
    },
  ],
});
