import { introParts } from '../../../src/shared/rules/structure/intro-parts';
import { flattenLikePdf } from '../../support/pdf-like';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const withIntro = (intro: string, omit: Array<'5' | '6'> = []): string =>
  buildReportText({ title: `某县司法局2024年政府信息公开工作年度报告\n\n${intro}`, omit });

const SIX =
  '总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项';
const FIVE =
  '总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况';

ruleTester(introParts, {
  valid: [
    { name: 'six listed, six promised', text: withIntro(`本报告由${SIX}六部分组成。`) },
    {
      name: 'PDF-like text',
      text: flattenLikePdf(withIntro(`本报告由${SIX}六部分组成。`)),
    },
    {
      name: 'the last two joined by 和',
      text: withIntro(
        `本年度报告包括总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况和其他需要报告的事项共六个部分。`,
      ),
    },
    {
      name: 'a list ending in 等 is not complete',
      text: withIntro('本报告包括总体情况、主动公开政府信息情况等六部分。'),
    },
    { name: 'no list, six promised', text: withIntro('本报告分为六个部分，现公布如下。') },
    {
      name: '部分公开, 一部分 and a 领导小组 由…组成 are no intro',
      text: withIntro(
        '成立了由局长任组长、分管副局长为副组长的领导小组，报告中部分公开的申请由专人办理，一部分信息经审核后公开。',
      ),
    },
  ],
  invalid: [
    {
      name: 'six promised, five listed',
      text: withIntro(`本报告由${FIVE}六部分组成。`),
      findings: [
        {
          message: '称报告分为六部分，但列出的是 5 部分（未列第六部分）',
          severity: 'info',
          expected: 5,
          actual: 6,
          quotes: [`本报告由${FIVE}六部分组成。`],
        },
      ],
    },
    {
      name: 'five promised, six listed',
      text: withIntro(`本报告由${SIX}五部分组成。`),
      findings: [{ message: '称报告分为五部分，但列出的是 6 部分', expected: 6, actual: 5 }],
    },
    {
      name: 'five promised and listed, six in the report',
      text: withIntro(`本报告由${FIVE}五个部分组成。`),
      findings: [
        {
          message: '称报告分为五部分（未列第六部分），而报告实有六部分',
          expected: 6,
          actual: 5,
        },
      ],
    },
    {
      name: 'no list, a wrong number',
      text: withIntro('本报告分为五个部分。'),
      findings: [{ message: '称报告分为五部分，而报告实有六部分' }],
    },
  ],
});
