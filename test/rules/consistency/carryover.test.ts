import { carryover } from '../../../src/shared/rules/consistency/carryover';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';
import { requestCells } from './helpers';

/** 2023: two applications carried to 2024, one by a 法律服务机构. */
const last = buildReportText({
  year: 2023,
  cells: requestCells(
    { received: 3, handled: 2, pending: 1 },
    { 'requests/1/legal': 1, 'requests/4/legal': 1 },
  ),
});

ruleTester(carryover, {
  valid: [
    {
      name: 'this year’s 上年结转 is last year’s 结转下年度, column by column',
      text: buildReportText({
        cells: requestCells(
          { received: 4, carried: 1, handled: 5 },
          { 'requests/2/legal': 1, 'requests/3.1/legal': 1 },
        ),
      }),
      previous: last,
    },
    {
      name: 'a report of another year is not last year’s',
      text: buildReportText({ year: 2025 }),
      previous: last,
    },
    {
      name: 'no previous report',
      text: buildReportText({ cells: requestCells({ carried: 5, handled: 5 }) }),
    },
  ],
  invalid: [
    {
      name: 'nothing carried over although last year carried two',
      text: buildReportText({ cells: requestCells({ received: 4, handled: 4 }) }),
      previous: last,
      findings: [
        {
          message:
            '表三「二、上年结转政府信息公开申请数量」自然人列为 0，而2023年度报告表三「四、结转下年度继续办理」自然人列为 1',
          severity: 'warning',
          cells: ['requests/2/natural'],
          expected: 1,
          actual: 0,
          quotes: ['0'],
        },
        { cells: ['requests/2/legal'], expected: 1, actual: 0 },
      ],
    },
  ],
});
