// consistency.requests-prose-balance: the text's own account of applications must add up when
// there is no table 三 to check it against.
import { requestsProseBalance } from '../../../src/shared/rules/consistency/requests-prose-balance';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

/** A 2022 report without table 三 whose overview says `account`. */
const noTable = (account: string): string =>
  buildReportText({ year: 2022, omit: ['3'], prose: { '1': `（二）依申请公开情况\n${account}` } });

ruleTester(requestsProseBalance, {
  valid: [
    {
      name: 'received = handled + pending',
      text: noTable('2022年，本局受理政府信息公开申请12件，办结10件，结转下一年度办理2件。'),
    },
    {
      name: 'received and carried over = handled + pending',
      text: noTable(
        '本年收到政府信息公开申请6件，上年结转申请2件，已办结7件，结转下年度继续办理1件。',
      ),
    },
    {
      name: 'received already counting the carried-over ones',
      text: noTable('共受理政府信息公开申请9件（含上年结转1件），办结8件，结转下年度1件。'),
    },
    {
      name: 'a carry-over from last year in words not read as one: left alone',
      text: noTable('收到依申请公开信件20件，上一年度转办3件，已办结21件，2件转下年度继续办理。'),
    },
    {
      name: 'no pending figure: nothing to balance',
      text: noTable('收到政府信息公开申请15件，办结13件。'),
    },
    {
      name: 'table 三 present: consistency.requests-narrative compares instead',
      text: buildReportText({
        year: 2022,
        prose: { '1': '本局受理政府信息公开申请11件，办结8件，结转下一年办理1件。' },
      }),
    },
  ],
  invalid: [
    {
      name: '11 received, 8 handled and 1 pending',
      text: noTable(
        '2022年，本局受理政府信息依申请公开11件，其中网络申请11件，申请办结数8件，结转下一年办理1件。',
      ),
      findings: [
        {
          message: '前后不符：收到 11 件，办结 8 件加结转下年度 1 件为 9 件',
          expected: 11,
          actual: 9,
          severity: 'warning',
        },
      ],
    },
  ],
});
