import { feeUnit } from '../../../src/shared/rules/arith/fee-unit';
import { buildReportText, consistentCells } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const cells = consistentCells(101);
const FEE = 'active/fees/amount';
const report = (fee: number | string, prose2 = '', agency = '某县司法局') =>
  buildReportText({
    agency,
    cells: { ...cells, [FEE]: fee },
    prose: prose2 ? { '2': prose2 } : {},
  });
const COUNTY_SIX = '本年度未收取信息处理费。';
/** The report with table 二's fee column headed "（单位：元）" instead of 万元. */
const headedInYuan = (fee: number) =>
  report(fee).replace('本年收费金额（单位：万元）', '本年收费金额(单位:元)');

ruleTester(feeUnit, {
  valid: [
    { name: 'no fee', text: report(0) },
    { name: 'the column headed in 元 with no fee: nothing to convert', text: headedInYuan(0) },
    { name: 'a fee in 万元 with decimals', text: report('25.1') },
    {
      name: 'the text gives the same fee in 元, the table in 万元',
      text: report('25.1', '本年度行政事业性收费金额共计251000元。'),
    },
    {
      name: 'the text gives the fee in 万元 and the table agrees',
      text: report('3.5', '全年行政事业性收费3.5万元。'),
    },
    {
      name: '信息处理费 in 元 is another fee (section 六), even with the same figure',
      text: buildReportText({
        cells: { ...cells, [FEE]: 50 },
        prose: { '6': '本年度共收取信息处理费50元，收费金额较小。' },
      }),
    },
    {
      name: 'a large but plausible fee of a city bureau',
      text: report(52000, '', '某市自然资源局'),
    },
    { name: 'a county fee below 1 亿元', text: report(3500) },
    {
      name: 'a region’s summary report adds up 亿元 of fees',
      text: report(24252.311082, '', '某某综合实验区'),
    },
    { name: 'a city government collects 亿元 of fees', text: report(18651.06, '', '某市人民政府') },
    { name: 'the default prose of section 六', text: report(0.5, COUNTY_SIX) },
  ],
  invalid: [
    {
      name: 'a unit 元 in the cell',
      text: report('251000元'),
      findings: [
        {
          message:
            '表二「行政事业性收费」本年收费金额（万元）填为「251000元」，是以元计的金额；表中应填万元，折合 25.1 万元',
          severity: 'warning',
          cells: [FEE],
          expected: 25.1,
          actual: '251000元',
          quotes: ['251000元'],
        },
      ],
    },
    {
      name: 'the text gives the table figure in 元',
      text: report(35000, '本年度行政事业性收费共计35,000元，均按规定标准收取。', '某市财政局'),
      findings: [
        {
          message:
            '正文称行政事业性收费「35,000元」，即 35000 元，而表二「行政事业性收费」本年收费金额（万元）填 35000，似按元填写；按万元应填 3.5',
          expected: 3.5,
          actual: 35000,
          quotes: ['35000', '35,000元'],
        },
      ],
    },
    {
      name: 'the text gives 万元 and the table holds the same amount in 元',
      text: report(12000, '本年收费金额1.2万元。'),
      findings: [{ message: '正文称行政事业性收费「1.2万元」，即 12000 元', expected: 1.2 }],
    },
    {
      name: 'an implausibly large amount for a county bureau',
      text: report(251000),
      findings: [
        {
          message:
            '填 251000，即 25.1 亿元，对县级及以下单位而言数额异常大，可能误按元填写；若按元计，应填 25.1',
          expected: 25.1,
          actual: 251000,
          quotes: ['251000'],
        },
      ],
    },
    {
      name: 'an implausibly large amount for any unit',
      text: report(1280000, '', '某省交通运输厅'),
      findings: [{ message: '即 128 亿元，对一个单位而言数额异常大', expected: 128 }],
    },
    {
      name: 'a government’s amount in 元 is still found when the cell says 元',
      text: report('186510600元', '', '某市人民政府'),
      findings: [{ message: '是以元计的金额；表中应填万元，折合 18651.06 万元' }],
    },
    {
      name: 'the column headed "（单位：元）": the fee is in 元, whatever its size',
      text: headedInYuan(500),
      findings: [
        {
          message:
            '表二收费金额一栏的栏目写作「收费金额(单位:元)」，格式规定以万元为单位：「行政事业性收费」所填 500 是元，折合 0.05 万元',
          expected: 0.05,
          actual: 500,
          quotes: ['500', '收费金额(单位:元)'],
        },
      ],
    },
  ],
});
