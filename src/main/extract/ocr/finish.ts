// After the shared layout wrote the text: cells read with doubt are taken out of the text (a
// blank, never a guessed number) and listed as uncertain; every recognized segment gets its
// confidence; boxes go back from the straightened page to the page as scanned.
import type { ExtractedDocument, SourceSegment } from '../../../shared/model/source';
import type { OcrPageResult, UncertainCell } from './page';

/** What an uncertain cell is written as until it is taken out (never in real text). */
export const placeholder = (i: number): string => `\u0001${i}\u0001`;
// eslint-disable-next-line no-control-regex -- the placeholder is made of a control character on purpose
const PLACEHOLDER = /\u0001(\d+)\u0001/g;

/** The message for a cell that could not be read with certainty. */
const doubtMessage = (u: UncertainCell): string =>
  `第${u.page}页表格第${u.row + 1}行第${u.column + 1}列识别不确定` +
  (u.read ? `（识别为“${u.read}”）` : '') +
  '，请核对原件';

const centreOf = (box: [number, number, number, number]): [number, number] => [
  box[0] + box[2] / 2,
  box[1] + box[3] / 2,
];

/** Turns a box's centre back by the page's correction (the box keeps its size). */
const unturn = (
  box: [number, number, number, number],
  angle: number,
  [cx, cy]: [number, number],
): [number, number, number, number] => {
  if (angle === 0) return box;
  const t = (-angle * Math.PI) / 180;
  const [x, y] = centreOf(box);
  // The inverse of `rotate`: a point of the straight page back onto the scan.
  const dx = x - cx;
  const dy = y - cy;
  const sx = Math.cos(t) * dx + Math.sin(t) * dy + cx;
  const sy = -Math.sin(t) * dx + Math.cos(t) * dy + cy;
  const r = (n: number): number => Math.round(n * 10) / 10;
  return [r(sx - box[2] / 2), r(sy - box[3] / 2), box[2], box[3]];
};

/**
 * The unit of the segments' boxes: PDF points (OCR's own), or an OFD page's millimetres
 * (`perPoint` units of the box per point).
 */
export interface BoxFrame {
  kind: 'pdf' | 'ofd';
  perPoint: number;
}
const PDF_FRAME: BoxFrame = { kind: 'pdf', perPoint: 1 };

const scaled = (
  box: [number, number, number, number],
  k: number,
): [number, number, number, number] =>
  k === 1 ? box : [box[0] * k, box[1] * k, box[2] * k, box[3] * k];

/**
 * Finishes a document whose pages (some or all) were recognized: `ocr` maps a page number to
 * its recognition result, `uncertain` lists the doubtful cells by placeholder index.
 */
export const finishOcr = (
  doc: ExtractedDocument,
  ocr: ReadonlyMap<number, OcrPageResult>,
  uncertain: readonly UncertainCell[],
  frame: BoxFrame = PDF_FRAME,
): ExtractedDocument => {
  // Take the placeholders out of the text, moving the segments after each.
  // `from` in the text as written, `at` in the text without the placeholders.
  const cuts: Array<{ from: number; at: number; length: number; cell: UncertainCell }> = [];
  let removed = 0;
  const text = doc.text.replace(PLACEHOLDER, (m, i: string, offset: number) => {
    cuts.push({
      from: offset,
      at: offset - removed,
      length: m.length,
      cell: uncertain[Number(i)]!,
    });
    removed += m.length;
    return '';
  });
  const segments: SourceSegment[] = [];
  let shift = 0;
  let k = 0;
  for (const s of doc.segments) {
    while (k < cuts.length && cuts[k]!.from + cuts[k]!.length <= s.start) {
      shift += cuts[k]!.length;
      k++;
    }
    if (doc.text.slice(s.start, s.end).replace(PLACEHOLDER, '') === '' && s.end > s.start) continue;
    segments.push({ ...s, start: s.start - shift, end: s.end - shift });
  }
  for (const { loc } of segments) {
    if (loc.kind !== frame.kind) continue;
    const page = ocr.get(loc.page);
    if (!page) continue;
    const [x, y, w, h] = scaled(loc.box, 1 / frame.perPoint);
    // The segment's confidence is that of the least certain recognized piece inside it.
    const inside = page.pieces.filter((p) => {
      const cx = (p.x0 + p.x1) / 2;
      const cy = (p.top + p.bottom) / 2;
      return cx >= x - 1 && cx <= x + w + 1 && cy >= y - 1 && cy <= y + h + 1;
    });
    const confidence = inside.length > 0 ? Math.min(...inside.map((p) => p.confidence)) : 0;
    Object.assign(loc, {
      confidence,
      box: scaled(unturn([x, y, w, h], page.angle, page.centre), frame.perPoint),
    });
  }
  // A doubtful cell is reported on its whole row, the line of text the table row became.
  const doubts = cuts.map((c) => {
    const start = text.lastIndexOf('\n', c.at - 1) + 1;
    const end = text.indexOf('\n', c.at);
    return { start, end: end < 0 ? text.length : end, message: doubtMessage(c.cell) };
  });
  // A row that holds nothing but the doubtful cell (a band a seal's ring made into a row) has no
  // recognized text to mark: the cell's own box on the scan places its finding.
  cuts.forEach((c, i) => {
    const { start, end } = doubts[i]!;
    if (end <= start || segments.some((s) => s.start < end && s.end > start)) return;
    const page = ocr.get(c.cell.page);
    const { x0, x1, top, bottom } = c.cell;
    const box: [number, number, number, number] = [x0, top, x1 - x0, bottom - top];
    const turned = scaled(page ? unturn(box, page.angle, page.centre) : box, frame.perPoint);
    segments.push({
      start,
      end,
      loc: { kind: frame.kind, page: c.cell.page, confidence: 0, box: turned },
    });
  });
  segments.sort((a, b) => a.start - b.start);
  const pages = [...ocr.keys()].sort((a, b) => a - b);
  const notes = [
    ...doc.notes,
    `第 ${pages.join('、')} 页由图片识别（OCR）得到文字，请对照原件核对` +
      (doubts.length > 0 ? `；${doubts.length} 个单元格识别不确定，已留空待核对。` : '。'),
  ];
  return { ...doc, text, segments, notes, ...(doubts.length > 0 ? { uncertain: doubts } : {}) };
};
