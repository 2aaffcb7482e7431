// One page image → text pieces with boxes and ruling lines, the same material the PDF reader
// gets from a text layer, so the rest of the reading (grid, lines, layout) is shared.
// Narrative lines are found by the detector; table cells are read from their own ink, because
// at page scale the detector misses a lone digit in a wide cell.
import type { Graphics } from '../pdf/graphics';
import { findTables, type GridTable } from '../pdf/grid';
import type { Piece, Rule } from '../pdf/geometry';
import { cellLines, judgeCell } from './cells';
import { detect, type TextBox } from './detect';
import { skewAngle } from './deskew';
import type { OcrModels } from './models';
import { binarize, crop, despeckle, otsu, rotate, type Raster } from './raster';
import { recognizeLines, scoreLines } from './recognize';
import { eraseRuling, findRuling, type PixelRule } from './ruling';

/** A piece of recognized text and how sure the recognizer was of its least certain character. */
export interface OcrPiece extends Piece {
  confidence: number;
}

/** A table cell whose content could not be read with certainty: written blank, reported. */
export interface UncertainCell {
  page: number;
  /** The cell's box (page units, deskewed frame). */
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Row and column in the table's grid (0-based) and the table's index on the page. */
  table: number;
  row: number;
  column: number;
  /** What the recognizer made of it. */
  read: string;
  confidence: number;
}

export interface OcrPageResult {
  pieces: OcrPiece[];
  graphics: Graphics;
  uncertain: UncertainCell[];
  /** The page's tilt that was corrected (degrees) and its centre (page units). */
  angle: number;
  centre: [number, number];
}

/** Maps image pixels to page units: unit = px / scale + offset. */
export interface Placement {
  scale: number;
  dx: number;
  dy: number;
}

/** Rules longer than these (pt) are table borders, not strokes of characters or dashes. */
const MIN_RULE = { horizontal: 30, vertical: 20 };
/** A typical body text height (pt): the scale of gaps between lines inside a cell. */
const TEXT_HEIGHT = 10.5;

const toRules = (rules: PixelRule[], p: Placement, horizontal: boolean): Rule[] =>
  rules.map((r) => ({
    at: r.at / p.scale + (horizontal ? p.dy : p.dx),
    from: r.from / p.scale + (horizontal ? p.dx : p.dy),
    to: r.to / p.scale + (horizontal ? p.dx : p.dy),
  }));

const HAN = /[\u3400-\u9fff]/;

/** With NIANBAO_OCR_TRACE set, the time each step of a page took goes to stderr. */
const tracer = (page: number): ((step: string, detail?: unknown) => void) => {
  if (!process.env['NIANBAO_OCR_TRACE']) return () => {};
  let last = performance.now();
  return (step, detail) => {
    const now = performance.now();
    process.stderr.write(`ocr p${page} ${step} ${detail ?? ''} ${Math.round(now - last)} ms\n`);
    last = now;
  };
};

export const ocrPage = async (
  models: OcrModels,
  source: Raster,
  page: number,
  place: Placement,
  checkpoint: () => void,
): Promise<OcrPageResult> => {
  const trace = tracer(page);
  const angle = skewAngle(source);
  trace('deskew', angle);
  const img = angle === 0 ? source : rotate(source, angle);
  checkpoint();
  const threshold = Math.min(otsu(img), 200);
  const ink = binarize(img, threshold);
  const s = place.scale;
  // A thin rule blurred by the scanner is only a little darker than paper: rules are looked
  // for with a threshold just below the paper's grey (they are long; specks are not). They run
  // on under a seal: there, anything clearly darker than paper may be one.
  const faint = Math.max(threshold, paperGrey(img) - 30);
  const ruleInk = new Uint8Array(ink.length);
  for (let i = 0; i < ruleInk.length; i++) {
    const red = img.red?.[i] ?? 0;
    ruleInk[i] = red > 0 ? (red < 140 ? 1 : 0) : img.data[i]! < faint ? 1 : 0;
  }
  const ruling = findRuling(
    ruleInk,
    img.width,
    img.height,
    { horizontal: MIN_RULE.horizontal * s, vertical: MIN_RULE.vertical * s },
    Math.max(4, 3 * s),
    img.red,
  );
  const graphics: Graphics = {
    horizontal: toRules(ruling.horizontal, place, true),
    vertical: toRules(ruling.vertical, place, false),
    images: [],
  };
  eraseRuling(ink, img.width, img.height, ruling);
  despeckle(ink, img.width, img.height);
  const tables = findTables(graphics.horizontal, graphics.vertical);
  const pieces: OcrPiece[] = [];
  const uncertain: UncertainCell[] = [];
  const px = (u: number, offset: number): number => (u - offset) * s;
  // Every cell's lines first, then one batched recognition for the page's tables.
  const cells = tables.flatMap((table, t) =>
    table.cells.map((cell) => {
      const box = cellBox(table, cell);
      const lines = cellLines(img, ink, {
        x0: px(box.x0, place.dx),
        x1: px(box.x1, place.dx),
        y0: px(box.top, place.dy),
        y1: px(box.bottom, place.dy),
        textHeight: TEXT_HEIGHT * s,
      });
      return { t, cell, box, lines };
    }),
  );
  checkpoint();
  trace('cells', cells.length);
  const scores = await scoreLines(
    models,
    cells.flatMap((c) => c.lines.map((l) => l.image)),
  );
  checkpoint();
  trace('recognized cell lines', scores.length);
  let next = 0;
  for (const { t, cell, box, lines } of cells) {
    const reading = judgeCell(models, lines, scores.slice(next, next + lines.length));
    next += lines.length;
    if (reading.kind === 'uncertain') {
      uncertain.push({
        page,
        ...box,
        table: t,
        row: cell.r0,
        column: cell.c0,
        read: reading.read,
        confidence: reading.confidence,
      });
      continue;
    }
    for (const line of reading.lines) {
      // A line of specks the recognizer made nothing of adds nothing (not even an empty row).
      if (line.text === '') continue;
      pieces.push({
        text: line.text,
        x0: line.x0 / s + place.dx,
        x1: line.x1 / s + place.dx,
        top: line.y0 / s + place.dy,
        bottom: line.y1 / s + place.dy,
        size: (line.y1 - line.y0) / s,
        page,
        confidence: line.confidence,
      });
    }
  }
  // The rest of the page: tables blanked out, text found by the detector.
  const rest = crop(img, 0, 0, img.width, img.height);
  for (const table of tables) {
    const x0 = Math.max(0, Math.floor(px(table.xs[0]!, place.dx)));
    const x1 = Math.min(img.width, Math.ceil(px(table.xs[table.xs.length - 1]!, place.dx)) + 1);
    for (
      let y = Math.max(0, Math.floor(px(table.ys[0]!, place.dy)));
      y < Math.min(img.height, Math.ceil(px(table.ys[table.ys.length - 1]!, place.dy)) + 1);
      y++
    )
      rest.data.fill(255, y * img.width + x0, y * img.width + x1);
  }
  checkpoint();
  trace('blanked');
  const boxes = await detectBands(models, rest, ink, TEXT_HEIGHT * s);
  trace('detected', boxes.length);
  checkpoint();
  const readings = await recognizeLines(
    models,
    boxes.map((b) => crop(rest, b.x0, b.y0, b.x1, b.y1)),
  );
  for (const [i, b] of boxes.entries()) {
    const r = readings[i]!;
    const text = r.text.trim();
    if (text === '') continue;
    // The detector's box has a margin; the glyphs fill about 80% of it.
    const h = (b.y1 - b.y0) / s;
    pieces.push({
      text: HAN.test(text)
        ? text
        : text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)),
      x0: b.x0 / s + place.dx,
      x1: b.x1 / s + place.dx,
      top: b.y0 / s + place.dy + h * 0.1,
      bottom: b.y1 / s + place.dy - h * 0.1,
      size: h * 0.8,
      page,
      confidence: r.probs.length > 0 ? Math.min(...r.probs) : 0,
    });
  }
  trace('recognized text lines');
  return {
    pieces,
    graphics,
    uncertain,
    angle,
    centre: [img.width / 2 / s + place.dx, img.height / 2 / s + place.dy],
  };
};

/** The grey of the paper: the most common level among the lighter half. */
const paperGrey = (r: Raster): number => {
  const hist = new Int32Array(256);
  for (let i = 0; i < r.data.length; i += 7) hist[r.data[i]!]!++;
  let best = 255;
  for (let v = 128; v < 255; v++) if (hist[v]! > hist[best]!) best = v;
  return best;
};

/**
 * Detection on the bands of the page that hold ink outside the tables (a table page has little
 * else), or on the whole page when they are most of it: detection time grows with the area.
 */
const detectBands = async (
  models: OcrModels,
  rest: Raster,
  ink: Uint8Array,
  textHeight: number,
): Promise<TextBox[]> => {
  const rows: Array<[number, number]> = [];
  for (let y = 0; y < rest.height; y++) {
    let n = 0;
    for (let x = 0; x < rest.width; x++)
      n += rest.data[y * rest.width + x] !== 255 ? ink[y * rest.width + x]! : 0;
    if (n === 0) continue;
    const last = rows[rows.length - 1];
    if (last && y - last[1] <= textHeight * 2) last[1] = y;
    else rows.push([y, y]);
  }
  const pad = Math.round(textHeight);
  const bands = rows
    .filter(([a, b]) => b - a >= textHeight * 0.3)
    .map(([a, b]): [number, number] => [Math.max(0, a - pad), Math.min(rest.height, b + pad + 1)]);
  const covered = bands.reduce((sum, [a, b]) => sum + b - a, 0);
  if (covered > rest.height * 0.6) return detect(models, rest);
  const out: TextBox[] = [];
  for (const [a, b] of bands) {
    for (const box of await detect(models, crop(rest, 0, a, rest.width, b)))
      out.push({ ...box, y0: box.y0 + a, y1: box.y1 + a });
  }
  return out;
};

const cellBox = (
  t: GridTable,
  cell: GridTable['cells'][number],
): { x0: number; x1: number; top: number; bottom: number } => ({
  x0: t.xs[cell.c0]!,
  x1: t.xs[cell.c1 + 1]!,
  top: t.ys[cell.r0]!,
  bottom: t.ys[cell.r1 + 1]!,
});
