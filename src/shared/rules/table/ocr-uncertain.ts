// table.ocr-uncertain: a cell of a scanned report whose figures the OCR could not read with
// certainty. The extractor leaves such a cell blank (never a guessed number) and lists it; the
// pipeline hands the list to this rule as its `uncertain` option (ranges of the raw text).
import { z } from 'zod';
import type { TableId } from '../../model/form';
import type { Span } from '../../model/schema';
import type { ParsedDocument } from '../../parser/types';
import { defineRule } from '../types';
import { rowName } from './places';

const uncertainSchema = z.array(
  z.object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    message: z.string(),
  }),
);

/** The offset in the normalized text of a raw-text offset (the first character from it on). */
const fromRaw = (doc: ParsedDocument, raw: number): number => {
  const origin = doc.norm.origin;
  let lo = 0;
  let hi = origin.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (origin[mid]! < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** The form row the span was read as, if any ("表三「三、（一）予以公开」"). */
const rowAt = (doc: ParsedDocument, span: Span): string | null => {
  for (const [key, [start, end]] of Object.entries(doc.rowSpans)) {
    if (start < span[1] && end > span[0]) {
      const [table, row] = key.split('/') as [TableId, string];
      return rowName(table, row);
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
    const parsed = uncertainSchema.safeParse(ctx.options['uncertain'] ?? []);
    if (!parsed.success) return;
    for (const u of parsed.data) {
      const span: Span = [fromRaw(ctx.doc, u.start), fromRaw(ctx.doc, u.end)];
      const row = rowAt(ctx.doc, span);
      ctx.report({
        message: row ? `${row}：${u.message}` : u.message,
        spans: span[1] > span[0] ? [span] : [],
        suggestion: '对照原件核对该格，在表格中填入正确的数字。',
      });
    }
  },
});
