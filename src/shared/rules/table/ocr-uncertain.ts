// table.ocr-uncertain: a cell of a scanned report whose figures the OCR could not read with
// certainty. The extractor leaves such a cell blank (never a guessed number) and lists it; the
// parser keeps the list as `ocr-uncertain` diagnostics, so a re-check from the stored parse
// still has it.
import type { TableId } from '../../model/form';
import type { Span } from '../../model/schema';
import type { ParsedDocument } from '../../parser/types';
import { defineRule } from '../types';
import { activeFormOfDoc, rowName } from '../support/places';

/** The form row the span was read as, if any ("表三「三、（一）予以公开」"). */
const rowAt = (doc: ParsedDocument, span: Span): string | null => {
  for (const [key, [start, end]] of Object.entries(doc.rowSpans)) {
    if (start < span[1] && end > span[0]) {
      const [table, row] = key.split('/') as [TableId, string];
      return rowName(table, row, activeFormOfDoc(doc));
    }
  }
  return null;
};

export const ocrUncertain = defineRule({
  meta: {
    id: 'table.ocr-uncertain',
    category: 'table',
    severity: 'warning',
    title: '扫描件单元格识别不确定',
    description:
      '扫描件（图片）中的表格单元格未能以足够的把握识别为数字时，该格按空白处理、不参与计算，并在此列出，请对照原件核对后在表格中更正。',
  },
  check(ctx) {
    for (const u of ctx.doc.diagnostics) {
      if (u.kind !== 'ocr-uncertain') continue;
      const { span } = u;
      const row = rowAt(ctx.doc, span);
      ctx.report({
        message: row ? `${row}：${u.message}` : u.message,
        spans: span[1] > span[0] ? [span] : [],
        suggestion: '对照原件核对该格，在表格中填入正确的数字。',
      });
    }
  },
});
