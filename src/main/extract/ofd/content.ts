// Walks the objects of a page (and of its template pages) into what the layout needs: runs of
// text with the matrix that places them, painted paths, pictures. A point of an object lands on
// the page at its Boundary origin + CTM·(x, y); everything comes out in PDF points (1/72 in),
// so the PDF reader's tolerances hold as they are.
import { compose, isWide, type Matrix, type Rect } from '../pdf/geometry';
import type { PathShape } from '../pdf/rules';
import { OfdError } from './package';
import { parsePathData } from './path-data';
import type { Resources } from './resources';
import { isPrivateUse, readGlyphs } from './text-code';
import { at, attr, box, kids, localName, numbers, textOf, type XmlElement } from './xml';

/** Millimetres to points. */
export const MM = 72 / 25.4;

/** More objects than this on one page is not a report page (a bomb, or a broken writer). */
export const MAX_OBJECTS = 50_000;
/** PageBlocks and composite objects nest at most this deep; deeper ones are ignored. */
const MAX_DEPTH = 32;

/** A run of glyphs of one TextObject, on one baseline, without a gap. */
export interface TextRun {
  text: string;
  /** Object coordinates → page points. */
  m: Matrix;
  x0: number;
  x1: number;
  baseline: number;
  /** The font size in object units. */
  em: number;
  /** A glyph of seal lettering on an arc (set aside). */
  arc: boolean;
  /** The text's colour as a CSS colour (for drawing the page). */
  fill: string;
}

export interface PaintedPath {
  shapes: PathShape[];
  stroked: boolean;
  filled: boolean;
  /** The fill and stroke as CSS colours (for drawing the page; the layout needs neither). */
  fill: string;
  stroke: string;
  /** The stroke's width in page units (for drawing the page). */
  lineWidth: number;
}

export interface PageObjects {
  runs: TextRun[];
  paths: PaintedPath[];
  /** Pictures placed on the page; `media` is the package path of the picture's file, if known. */
  images: Array<Rect & { media?: string }>;
  /** Objects met (text, path, image, composite, block). */
  objects: number;
  /** Characters in the private use area: unreadable. */
  privateUse: number;
}

const translate = (x: number, y: number): Matrix => [1, 0, 0, 1, x, y];

/** Boundary origin + CTM: the object's own coordinates in its parent's. */
const objectMatrix = (obj: XmlElement): Matrix => {
  const b = box(attr(obj, 'Boundary')) ?? [0, 0, 0, 0];
  const c = numbers(attr(obj, 'CTM'));
  const ctm: Matrix = c.length === 6 ? (c as Matrix) : [1, 0, 0, 1, 0, 0];
  return compose(translate(b[0], b[1]), ctm);
};

/** A colour that paints nothing visible on white paper. */
const isWhite = (el: XmlElement | undefined): boolean => {
  if (!el) return false;
  if (attr(el, 'Alpha') === '0') return true;
  const parts = (attr(el, 'Value') ?? '').trim().split(/\s+/);
  const values = parts.map((p) => (p.startsWith('#') ? parseInt(p.slice(1), 16) : Number(p)));
  return values.length >= 1 && values.every((v) => v === 255);
};

/** An RGB or grey Value as a CSS colour; black when absent or in another colour space. */
const cssColour = (el: XmlElement | undefined): string => {
  const values = (attr(el, 'Value') ?? '')
    .trim()
    .split(/\s+/)
    .map((p) => (p.startsWith('#') ? parseInt(p.slice(1), 16) : Number(p)));
  const ok = values.every((v) => Number.isInteger(v) && v >= 0 && v <= 255);
  if (ok && values.length === 3) return `rgb(${values.join(',')})`;
  if (ok && values.length === 1) return `rgb(${values[0]},${values[0]},${values[0]})`;
  return '#000';
};

const flag = (el: XmlElement, name: string, fallback: boolean): boolean => {
  const v = attr(el, name);
  return v === undefined ? fallback : v === 'true' || v === '1';
};

/** A DrawParam names the one it is relative to; chains longer than this are cut. */
const MAX_PARAMS = 8;

export class PageWalker {
  readonly out: PageObjects = { runs: [], paths: [], images: [], objects: 0, privateUse: 0 };

  constructor(
    private readonly page: number,
    private readonly res: Resources,
  ) {}

  /** Walks every Layer of a page's (or a template's) Content. */
  walkPage(root: XmlElement, base: Matrix): void {
    for (const layer of kids(at(root, 'Content'), 'Layer')) this.walk(layer, base, 0);
  }

  /** The DrawParam an object names and those it is relative to, nearest first. */
  private params(obj: XmlElement): XmlElement[] {
    const out: XmlElement[] = [];
    let id = attr(obj, 'DrawParam');
    while (id && out.length < MAX_PARAMS) {
      const p = this.res.drawParam(id);
      if (!p || out.includes(p)) break;
      out.push(p);
      id = attr(p, 'Relative');
    }
    return out;
  }

  /** A colour element of the object, else of its DrawParams. */
  private drawn(obj: XmlElement, name: 'FillColor' | 'StrokeColor'): XmlElement | undefined {
    return (
      at(obj, name) ??
      this.params(obj)
        .map((p) => at(p, name))
        .find(Boolean)
    );
  }

  private count(): void {
    if (++this.out.objects > MAX_OBJECTS)
      throw new OfdError(`第 ${this.page} 页的图形对象超过 ${MAX_OBJECTS} 个`, 'too-large');
  }

  private walk(container: XmlElement, m: Matrix, depth: number): void {
    if (depth > MAX_DEPTH) return;
    const texts: XmlElement[] = [];
    for (const obj of kids(container)) {
      const name = localName(obj);
      if (name !== 'TextObject' && texts.length > 0) this.text(texts.splice(0), m);
      if (name === 'TextObject') {
        this.count();
        texts.push(obj);
      } else if (name === 'PathObject') {
        this.count();
        this.path(obj, m);
      } else if (name === 'ImageObject') {
        this.count();
        this.image(obj, m);
      } else if (name === 'PageBlock') {
        this.count();
        this.walk(obj, m, depth + 1);
      } else if (name === 'CompositeObject') {
        this.count();
        const unit = this.res.unit(attr(obj, 'ResourceID') ?? '');
        const content = at(unit, 'Content');
        if (content) this.walk(content, compose(m, objectMatrix(obj)), depth + 1);
      }
    }
    if (texts.length > 0) this.text(texts, m);
  }

  /** A sequence of TextObjects drawn one after another (seal lettering is such a sequence). */
  private text(objects: XmlElement[], m: Matrix): void {
    const first = this.out.runs.length;
    for (const obj of objects) {
      const om = compose(m, objectMatrix(obj));
      const em = Number(attr(obj, 'Size')) || 3.5;
      const fill = cssColour(this.drawn(obj, 'FillColor'));
      const glyphs = readGlyphs(obj);
      const c = numbers(attr(obj, 'CTM'));
      // A lone glyph turned by something other than a quarter turn: lettering on an arc.
      const turned = c.length === 6 && Math.abs(c[1]! * c[0]!) > 1e-6 * (c[0]! ** 2 + c[1]! ** 2);
      const visible = glyphs.filter((g) => g.char.trim() !== '');
      let run: typeof glyphs = [];
      const flush = (): void => {
        while (run.length > 0 && run[run.length - 1]!.char.trim() === '') run.pop();
        if (run.length === 0) return;
        const last = run[run.length - 1]!;
        this.out.runs.push({
          text: run.map((g) => g.char).join(''),
          m: om,
          x0: run[0]!.x,
          x1: last.x + (isWide(last.char) ? em : 0.55 * em),
          baseline: run[0]!.y,
          em,
          arc: visible.length === 1 && turned,
          fill,
        });
        run = [];
      };
      glyphs.forEach((g, i) => {
        if (isPrivateUse(g.char)) this.out.privateUse++;
        // A run ends at an unreadable character and at two or more spaces (a column gap).
        const blank = g.char.trim() === '';
        const wide = blank && glyphs[i + 1]?.char.trim() === '';
        if (isPrivateUse(g.char) || wide || (blank && run.length === 0)) return flush();
        const prev = run[run.length - 1];
        if (prev) {
          const dx = g.x - prev.x;
          const dy = g.y - prev.y;
          if (dx < -0.1 * em || dx > 1.6 * em || Math.abs(dy) > 0.5 * em) flush();
        }
        if (!blank || run.length > 0) run.push(g);
      });
      flush();
    }
    this.sealLettering(first);
  }

  /**
   * Seal lettering: lone glyphs turned by other than a quarter turn, drawn one after another.
   * Short upright runs inside the region they span (the seal's top glyph, its centre words)
   * belong to the seal too.
   */
  private sealLettering(first: number): void {
    const runs = this.out.runs.slice(first);
    const centre = (r: TextRun): [number, number] => {
      const x = (r.x0 + r.x1) / 2;
      const y = r.baseline - 0.35 * r.em;
      return [r.m[0] * x + r.m[2] * y + r.m[4], r.m[1] * x + r.m[3] * y + r.m[5]];
    };
    const arcs = runs.filter((r) => r.arc).map(centre);
    if (arcs.length < 3) return;
    const x0 = Math.min(...arcs.map((c) => c[0]));
    const x1 = Math.max(...arcs.map((c) => c[0]));
    const y0 = Math.min(...arcs.map((c) => c[1]));
    const y1 = Math.max(...arcs.map((c) => c[1]));
    for (const r of runs) {
      const [x, y] = centre(r);
      if ([...r.text].length <= 6 && x >= x0 && x <= x1 && y >= y0 && y <= y1) r.arc = true;
    }
  }

  private path(obj: XmlElement, m: Matrix): void {
    const data = textOf(at(obj, 'AbbreviatedData'));
    if (!data.trim()) return;
    const om = compose(m, objectMatrix(obj));
    const strokeColour = this.drawn(obj, 'StrokeColor');
    const fillColour = this.drawn(obj, 'FillColor');
    const stroked = flag(obj, 'Stroke', true) && !isWhite(strokeColour);
    const filled = flag(obj, 'Fill', false) && !isWhite(fillColour);
    if (!stroked && !filled) return;
    const shapes = parsePathData(data).map((s) => ({
      ...s,
      points: s.points.map(([x, y]): [number, number] => [
        om[0] * x + om[2] * y + om[4],
        om[1] * x + om[3] * y + om[5],
      ]),
    }));
    // LineWidth is in object units; the default is 0.353 mm (GB/T 33190).
    const lineWidth =
      (Number(
        attr(obj, 'LineWidth') ??
          this.params(obj)
            .map((p) => attr(p, 'LineWidth'))
            .find(Boolean),
      ) || 0.353) * Math.sqrt(Math.abs(om[0] * om[3] - om[1] * om[2]));
    this.out.paths.push({
      shapes,
      stroked,
      filled,
      fill: cssColour(fillColour),
      stroke: cssColour(strokeColour),
      lineWidth,
    });
  }

  private image(obj: XmlElement, m: Matrix): void {
    const b = box(attr(obj, 'Boundary'));
    if (!b) return;
    const xs: number[] = [];
    const ys: number[] = [];
    for (const [x, y] of [
      [b[0], b[1]],
      [b[0] + b[2], b[1]],
      [b[0], b[1] + b[3]],
      [b[0] + b[2], b[1] + b[3]],
    ] as const) {
      xs.push(m[0] * x + m[2] * y + m[4]);
      ys.push(m[1] * x + m[3] * y + m[5]);
    }
    const media = this.res.media(attr(obj, 'ResourceID') ?? '');
    this.out.images.push({
      x0: Math.min(...xs),
      x1: Math.max(...xs),
      top: Math.min(...ys),
      bottom: Math.max(...ys),
      ...(media ? { media } : {}),
    });
  }
}
