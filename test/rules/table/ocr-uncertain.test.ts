import { ocrUncertain } from '../../../src/shared/rules/table/ocr-uncertain';
import { buildReportText, consistentCells } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const cells = consistentCells(43);
// A scanned report's 表三 row with its 自然人 cell left blank by the OCR.
const text = buildReportText({ cells: { ...cells, 'requests/3.1/natural': '' } });
const rowLine = (label: string): { start: number; end: number } => {
  const start = text.lastIndexOf('\n', text.indexOf(label)) + 1;
  return { start, end: text.indexOf('\n', start) };
};
const row = rowLine('予以公开');
const doubt = '第2页表格第6行第3列识别不确定（识别为“4?”），请核对原件';

ruleTester(ocrUncertain, {
  valid: [
    { name: 'a report not read from images', text },
    { name: 'an OCR with nothing in doubt', text, parse: { uncertain: [] } },
  ],
  invalid: [
    {
      name: 'a doubtful cell, named by the form row it was read as',
      text,
      parse: { uncertain: [{ ...row, message: doubt }] },
      findings: [
        {
          message: `表三「三、（一）予以公开」：${doubt}`,
          severity: 'warning',
          quotes: [text.slice(row.start, row.end)],
        },
      ],
    },
    {
      name: 'outside the form rows, the extractor message alone',
      text,
      parse: { uncertain: [{ start: 0, end: 4, message: doubt }] },
      findings: [{ message: doubt, quotes: [text.slice(0, 4)] }],
    },
  ],
});
