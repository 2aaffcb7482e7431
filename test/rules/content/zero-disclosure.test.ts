// content.zero-disclosure: a report claiming nothing was published proactively.
import { zeroDisclosure } from '../../../src/shared/rules/content/zero-disclosure';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const withOverview = (overview: string): string => buildReportText({ prose: { '1': overview } });

ruleTester(zeroDisclosure, {
  valid: [
    { name: 'no count given', text: buildReportText() },
    {
      name: 'a positive count',
      text: withOverview('2024年，在政府门户网站主动公开政府信息 40 条。'),
    },
    {
      name: 'zeros about requests, rules and replies, not about disclosure',
      text: withOverview(
        '2022年，区司法局处理信息公开件0件，依申请公开0件，公开规章0件，领导信箱办理回复0条，制作政务专题0个。',
      ),
    },
    {
      name: 'zero on one channel, items on another',
      text: withOverview('门户网站共公开各类信息0条，微信公众号推送信息56条。'),
    },
  ],
  invalid: [
    {
      name: 'sample 001: 共公开各类信息0条',
      text: withOverview(
        '2022年，区司法局在政府门户网站共公开各类信息0条，领导信箱办理回复0条，制作政务专题0个。',
      ),
      findings: [
        {
          message: '第一部分「总体情况」称「区司法局在政府门户网站共公开各类信息0条」',
          quotes: ['区司法局在政府门户网站共公开各类信息0条'],
          expected: '大于 0',
          actual: 0,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'written in words, and repeated: one finding, every place',
      text: withOverview('全年主动公开政府信息零条。\n本年度信息主动公开数量为0。'),
      findings: [{ quotes: ['全年主动公开政府信息零条', '本年度信息主动公开数量为0'] }],
    },
  ],
});
