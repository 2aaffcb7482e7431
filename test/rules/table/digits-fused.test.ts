import { expect, it } from 'vitest';
import { parseReport } from '../../../src/shared/parser';
import { digitsFused } from '../../../src/shared/rules/table/digits-fused';
import { buildReportText, type CellValues } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

/** Table 三 as a crawler leaves a web table: every cell of the table run together on one line. */
const fuseTable3 = (text: string): string => {
  const start = text.indexOf('(本列数据的勾稽关系');
  const lastRow = text.indexOf('四、结转下年度继续办理');
  const end = text.indexOf('\n', lastRow);
  return text.slice(0, start) + text.slice(start, end).replace(/[\t\n]/g, '') + text.slice(end);
};

const row31: CellValues = { 'requests/3.1/natural': 22, 'requests/3.1/total': 22 };

ruleTester(digitsFused, {
  valid: [{ name: 'a table with its cells apart', text: buildReportText() }],
  invalid: [
    {
      name: 'every row as many digits as cells: decoded, and said so',
      text: fuseTable3(buildReportText()),
      findings: [
        {
          message:
            '表三数字连在一起（如「0000000」），已按各行合计及勾稽关系唯一的拆法读取，请核对原表',
          severity: 'warning',
        },
      ],
    },
    {
      name: '22|0…|22 or 2|20…|22: the row sum cannot decide, one finding for the table',
      text: fuseTable3(buildReportText({ cells: row31 })),
      findings: [
        {
          message: '表三数字连在一起（如「220000022」），无法分列，请核对原表',
          severity: 'error',
          quotes: [expect.stringMatching(/^0000000.*0000000$/) as unknown as string],
        },
      ],
    },
  ],
});

it('reads a decodable fused table exactly, and leaves an undecidable one unread', () => {
  const decoded = parseReport(
    fuseTable3(buildReportText({ cells: { 'requests/1/natural': 5, 'requests/1/total': 5 } })),
  );
  expect(decoded.report.cells['requests/1/natural']!.value).toBe(5);
  expect(decoded.report.cells['requests/1/total']!.value).toBe(5);
  expect(decoded.report.cells['requests/3.7/natural']!.value).toBe(0);
  const fused = parseReport(fuseTable3(buildReportText({ cells: row31 })));
  expect(fused.report.cells['requests/3.1/natural']!.value).toBeNull();
  expect(
    fused.diagnostics.filter((d) => 'table' in d && d.table === 'requests').map((d) => d.kind),
  ).toEqual(['digits-fused']);
});
