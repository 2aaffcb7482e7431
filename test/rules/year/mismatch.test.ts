import { mismatch } from '../../../src/shared/rules/year/mismatch';
import { flattenLikePdf } from '../../support/pdf-like';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const period = (y: number, end = y): string =>
  `本报告所列数据的统计期限为${y}年1月1日至${end}年12月31日。`;

/** A section 一 that reports on `year` in three places. */
const overview = (year: number): string =>
  `${year}年，我局认真贯彻落实《政府信息公开条例》。\n（一）主动公开\n${year}年在政府门户网站主动公开政府信息120条。\n（二）依申请公开\n${year}年未收到政府信息公开申请。`;

const report = (opts: { title: number | null; period?: string; body?: string }): string =>
  buildReportText({
    title:
      opts.title === null
        ? '某县司法局政府信息公开工作年度报告'
        : `某县司法局${opts.title}年政府信息公开工作年度报告`,
    prose: { '1': `${opts.period ?? ''}\n${opts.body ?? '本年度我局认真落实条例。'}` },
  });

ruleTester(mismatch, {
  valid: [
    {
      name: 'title, period and body agree',
      text: report({ title: 2024, period: period(2024), body: overview(2024) }),
    },
    {
      name: 'PDF-like text',
      text: flattenLikePdf(report({ title: 2024, period: period(2024), body: overview(2024) })),
    },
    {
      name: 'last year in comparisons, cited documents and 2023年底, this year in the account',
      text: report({
        title: 2024,
        body: `2024年，我局主动公开信息较2023年增长10%，与2023年相比更加规范。按照《关于印发2023年政务公开工作要点的通知》要求，2023年底结转的申请已全部办结。自2023年以来持续推进标准化建设。2024年共办理申请3件。`,
      }),
    },
    {
      name: 'no year dominates section 一',
      text: report({
        title: 2024,
        body: '2023年启动平台改版，2024年上线。2023年完成栏目梳理，2024年持续更新。',
      }),
    },
    { name: 'a title year and nothing to compare', text: report({ title: 2024 }) },
    {
      name: 'dated events of last year do not make the year reported on',
      text: report({
        title: 2024,
        period: period(2024),
        body: '2023年12月，我局启动专栏改版。2023年11月完成栏目梳理。本年度持续更新。',
      }),
    },
    {
      name: 'a date after the full period ("统计期限为…12月31日，截至12月20日已全部办结") is no short period',
      text: report({
        title: 2024,
        period: '本报告所列数据的统计期限为2024年1月1日至12月31日，截至2024年12月20日已全部办结。',
        body: overview(2024),
      }),
    },
  ],
  invalid: [
    {
      name: 'last year’s period under this year’s title and account',
      text: report({ title: 2024, period: period(2023), body: overview(2024) }),
      findings: [
        {
          message:
            '统计期限「2023年1月1日至2023年12月31日」为2023年，与标题「某县司法局2024年政府信息公开工作年度报告」和第一部分“总体情况”所述年份的2024年不一致',
          severity: 'error',
          expected: 2024,
          actual: 2023,
          quotes: ['2023年1月1日至2023年12月31日', '2024年', '2024年'],
        },
      ],
    },
    {
      name: 'a title left at the year before',
      text: report({ title: 2023, period: period(2024), body: overview(2024) }),
      findings: [
        {
          message: '标题「某县司法局2023年政府信息公开工作年度报告」为2023年',
          expected: 2024,
          actual: 2023,
          quotes: ['2023年', '2024年1月1日至2024年12月31日', '2024年'],
        },
      ],
    },
    {
      name: 'section 一 copied from last year’s report',
      text: report({ title: 2024, period: period(2024), body: overview(2023) }),
      findings: [
        {
          message: '第一部分“总体情况”所述年份为2023年（“2023年”出现 3 次）',
          expected: 2024,
          actual: 2023,
          quotes: ['2023年', '2023年', '2023年', '2024年', '2024年1月1日至2024年12月31日'],
        },
      ],
    },
    {
      name: 'a period over two years',
      text: report({ title: 2024, period: period(2023, 2024) }),
      findings: [
        {
          message: '统计期限「2023年1月1日至2024年12月31日」跨越了2023年和2024年，应为一个自然年',
          expected: '2024年1月1日至2024年12月31日',
          actual: '2023年1月1日至2024年12月31日',
        },
      ],
    },
    {
      name: 'title and period disagree, nothing else to tell',
      text: report({ title: 2024, period: period(2023) }),
      findings: [
        {
          message:
            '报告年度前后不一致：标题「某县司法局2024年政府信息公开工作年度报告」为2024年，统计期限「2023年1月1日至2023年12月31日」为2023年',
          expected: 2024,
          actual: 2023,
        },
      ],
    },
    {
      name: 'a period of one year that stops before 12月31日',
      text: report({
        title: 2022,
        period: '本报告中所列数据的统计期限自2022年1月1日起至2022年12月20日止。',
        body: overview(2022),
      }),
      findings: [
        {
          message: '统计期限「2022年1月1日起至2022年12月20日」止于12月20日，不是完整的自然年',
          severity: 'warning',
          expected: '2022年1月1日至2022年12月31日',
          quotes: ['2022年1月1日起至2022年12月20日'],
        },
      ],
    },
  ],
});
