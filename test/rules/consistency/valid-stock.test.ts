import { validStock } from '../../../src/shared/rules/consistency/valid-stock';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const last = buildReportText({
  year: 2023,
  cells: {
    'active/regulations/valid': 3,
    'active/normativeDocs/issued': 4,
    'active/normativeDocs/valid': 10,
  },
});

const now = (docs: [number, number, number], regulations: Array<number | null> = [0, 0, 3]) =>
  buildReportText({
    cells: {
      'active/regulations/issued': regulations[0] ?? null,
      'active/regulations/repealed': regulations[1] ?? null,
      'active/regulations/valid': regulations[2] ?? null,
      'active/normativeDocs/issued': docs[0],
      'active/normativeDocs/repealed': docs[1],
      'active/normativeDocs/valid': docs[2],
    },
  });

ruleTester(validStock, {
  valid: [
    { name: '10 + 2 − 1 = 11', text: now([2, 1, 11]), previous: last },
    {
      name: 'a blank 规章 cell is not read as 0',
      text: now([2, 1, 11], [null, null, null]),
      previous: last,
    },
    {
      name: 'a report of another year is not last year’s',
      text: buildReportText({ year: 2026 }),
      previous: last,
    },
  ],
  invalid: [
    {
      name: '现行有效 that does not follow from last year',
      text: now([2, 1, 12]),
      previous: last,
      findings: [
        {
          message:
            '表二「行政规范性文件」现行有效件数为 12，而2023年度报告现行有效 10 件 + 本年制发 2 件 − 本年废止 1 件 = 11 件',
          severity: 'warning',
          cells: [
            'active/normativeDocs/issued',
            'active/normativeDocs/repealed',
            'active/normativeDocs/valid',
          ],
          expected: 11,
          actual: 12,
          quotes: ['2', '1', '12'],
        },
      ],
    },
    {
      name: '规章 too',
      text: now([0, 0, 10], [1, 0, 3]),
      previous: last,
      findings: [{ message: '表二「规章」现行有效件数为 3', expected: 4, actual: 3 }],
    },
  ],
});
