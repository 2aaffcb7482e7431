import { validFloor } from '../../../src/shared/rules/arith/valid-floor';
import { buildReportText, consistentCells } from '../../support/report-builder';
import { flattenLikePdf } from '../../support/pdf-like';
import { ruleTester } from '../../support/rule-tester';

const cells = consistentCells(17);
const stock = (
  row: string,
  issued: number | string,
  repealed: number | string,
  valid: number | string,
) => ({
  [`active/${row}/issued`]: issued,
  [`active/${row}/repealed`]: repealed,
  [`active/${row}/valid`]: valid,
});
const with_ = (over: Record<string, number | string | null>) =>
  buildReportText({ cells: { ...cells, ...over } });

ruleTester(validFloor, {
  valid: [
    { name: 'more in force than issued this year', text: with_(stock('normativeDocs', 3, 1, 14)) },
    { name: 'exactly this year’s net', text: with_(stock('normativeDocs', 3, 1, 2)) },
    { name: 'more repealed than issued', text: with_(stock('regulations', 0, 5, 0)) },
    { name: 'a blank 现行有效 is not checked', text: with_(stock('regulations', 2, 0, '/')) },
    { name: 'PDF-like text', text: flattenLikePdf(with_(stock('normativeDocs', 4, 0, 9))) },
    {
      // consistency.valid-stock judges the row against last year's figure: one finding, not two.
      name: 'last year’s 现行有效 at hand',
      text: with_(stock('regulations', 2, 0, 0)),
      previous: buildReportText({ year: 2023, cells: { ...cells, 'active/regulations/valid': 1 } }),
    },
  ],
  invalid: [
    {
      name: 'issued this year, none repealed, none in force',
      text: with_(stock('regulations', 2, 0, 0)),
      findings: [
        {
          message:
            '表二「规章」现行有效件数为 0，少于本年制发 2 件减本年废止 0 件（2 件）：本年制发而未废止的文件应计入现行有效',
          severity: 'warning',
          cells: [
            'active/regulations/issued',
            'active/regulations/repealed',
            'active/regulations/valid',
          ],
          expected: '不少于 2',
          actual: 0,
        },
      ],
    },
    {
      name: 'the 规范性文件 row in PDF-like text',
      text: flattenLikePdf(with_(stock('normativeDocs', 6, 1, 3))),
      findings: [
        {
          message:
            '表二「行政规范性文件」现行有效件数为 3，少于本年制发 6 件减本年废止 1 件（5 件）',
        },
      ],
    },
  ],
});
