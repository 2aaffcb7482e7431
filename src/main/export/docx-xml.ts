// A map of a WordprocessingML body: paragraphs, table cells, runs and where each character sits
// in the XML, so comments can be inserted without re-serializing (the rest stays byte-identical).

/** A character-bearing child of a run: <w:t> text, or a <w:tab/> / <w:br/> read as one character. */
export interface TextPiece {
  kind: 't' | 'tab' | 'br';
  text: string;
  /** XML range of the whole element (<w:t …>…</w:t> or the empty element). */
  start: number;
  end: number;
  /** For w:t: XML offset of each character of `text` within the content, plus the content end. */
  offsets: number[];
  /** For w:t: the opening tag's range and whether it already preserves spaces. */
  open: { start: number; end: number; preserve: boolean } | null;
  run: RunInfo;
}

export interface RunInfo {
  /** XML range of <w:r …>…</w:r>. */
  start: number;
  end: number;
  /** The run's <w:rPr> as written ('' when none), copied onto the halves of a split run. */
  rPr: string;
  pieces: TextPiece[];
}

export interface ParagraphInfo {
  start: number;
  end: number;
  /**
   * Where runs may be inserted: after <w:pPr> (or the opening tag), and before </w:p>; -1 for
   * an empty paragraph written as <w:p/>.
   */
  contentStart: number;
  contentEnd: number;
  runs: RunInfo[];
  text: string;
  /** The piece and in-piece offset of each character of `text`. */
  chars: Array<{ piece: TextPiece; offset: number }>;
}

export interface CellInfo {
  table: number;
  row: number;
  cell: number;
  paragraphs: ParagraphInfo[];
}

export interface BodyMap {
  /** Body paragraphs in document order, outside tables and text boxes. */
  paragraphs: ParagraphInfo[];
  /** Table cells in document order (tables numbered in the order they open). */
  cells: CellInfo[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const decodeEntity = (name: string): string => {
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? `&${name};`;
};

/** Decodes XML character data, keeping the XML offset of every resulting UTF-16 unit. */
const decodeText = (xml: string, from: number, to: number): { text: string; offsets: number[] } => {
  let text = '';
  const offsets: number[] = [];
  for (let i = from; i < to;) {
    if (xml[i] === '&') {
      const semi = xml.indexOf(';', i);
      if (semi > i && semi < to) {
        const decoded = decodeEntity(xml.slice(i + 1, semi));
        for (let k = 0; k < decoded.length; k++) offsets.push(i);
        text += decoded;
        i = semi + 1;
        continue;
      }
    }
    text += xml[i];
    offsets.push(i);
    i++;
  }
  offsets.push(to);
  return { text, offsets };
};

const TAG_SOURCE =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

/** Runs whose text is not shown (hidden, deleted, moved away) — the extractor skips them too. */
const VANISH = /<w:vanish(?:\s+w:val="(?:true|1|on)")?\s*\/>/;
const INVISIBLE_CONTAINERS = new Set(['w:del', 'w:moveFrom']);

interface OpenParagraph {
  info: ParagraphInfo;
  /** Paragraphs of text boxes anchored in this one: they follow it in reading order. */
  boxes: ParagraphInfo[];
}

/** A table being read; `index` null for a table nested in a cell (its text belongs to the cell). */
interface OpenTable {
  index: number | null;
  row: number;
  cell: number;
}

const finishParagraph = (para: ParagraphInfo, hidden: ReadonlySet<RunInfo>): void => {
  for (const run of para.runs) {
    if (hidden.has(run)) continue;
    for (const piece of run.pieces) {
      for (let k = 0; k < piece.text.length; k++) para.chars.push({ piece, offset: k });
      para.text += piece.text;
    }
  }
};

/**
 * Maps the paragraphs and cells of a document part's XML. Numbering follows the extractor:
 * body paragraphs in reading order (a text box's paragraphs right after the paragraph holding
 * it), tables in order, a nested table read as part of its cell. Tolerates unknown markup.
 */
export const mapBody = (xml: string): BodyMap => {
  const body: BodyMap = { paragraphs: [], cells: [] };
  const stack: string[] = [];
  const paras: OpenParagraph[] = [];
  const runs: RunInfo[] = [];
  const hidden = new Set<RunInfo>();
  const tables: OpenTable[] = [];
  const cells: CellInfo[] = [];
  let tableCount = 0;
  let textOpen: { start: number; end: number; preserve: boolean } | null = null;
  let rPrStart = -1;
  const parent = (): string | undefined => stack[stack.length - 1];
  const tag = new RegExp(TAG_SOURCE.source, 'g');
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [whole, closing, name, attrs, selfClosing] = m;
    if (name === undefined) continue; // comment, PI or CDATA
    const start = m.index;
    const end = start + whole.length;
    const run = runs[runs.length - 1];
    const table = tables[tables.length - 1];
    if (!closing) {
      if (name === 'w:p' && selfClosing) {
        // An empty paragraph written <w:p/>: it counts, but nothing can be inserted in it.
        const info = {
          start,
          end,
          contentStart: -1,
          contentEnd: -1,
          runs: [],
          text: '',
          chars: [],
        };
        if (paras.length > 0) paras[paras.length - 1]!.boxes.push(info);
        else if (tables.length > 0) cells[cells.length - 1]?.paragraphs.push(info);
        else body.paragraphs.push(info);
      } else if (name === 'w:p') {
        const info = {
          start,
          end: -1,
          contentStart: end,
          contentEnd: -1,
          runs: [],
          text: '',
          chars: [],
        };
        paras.push({ info, boxes: [] });
      } else if (name === 'w:pPr' && parent() === 'w:p' && selfClosing) {
        paras[paras.length - 1]!.info.contentStart = end;
      } else if (name === 'w:r' && !selfClosing) {
        const opened: RunInfo = { start, end: -1, rPr: '', pieces: [] };
        if (stack.some((n) => INVISIBLE_CONTAINERS.has(n))) hidden.add(opened);
        runs.push(opened);
      } else if (name === 'w:rPr' && parent() === 'w:r' && run) {
        if (selfClosing) run.rPr = whole;
        else rPrStart = start;
      } else if (name === 'w:t' && parent() === 'w:r' && !selfClosing) {
        textOpen = { start, end, preserve: /xml:space\s*=\s*["']preserve["']/.test(attrs ?? '') };
      } else if (
        (name === 'w:tab' || name === 'w:br' || name === 'w:cr') &&
        parent() === 'w:r' &&
        run
      ) {
        const kind = name === 'w:tab' ? 'tab' : 'br';
        run.pieces.push({
          kind,
          text: kind === 'tab' ? '\t' : '\n',
          start,
          end,
          offsets: [],
          open: null,
          run,
        });
      } else if (name === 'w:tbl' && !selfClosing) {
        tables.push({ index: tables.length > 0 ? null : tableCount++, row: -1, cell: -1 });
      } else if (name === 'w:tr' && !selfClosing && table && table.index !== null) {
        table.row++;
        table.cell = -1;
      } else if (name === 'w:tc' && !selfClosing && table && table.index !== null) {
        table.cell++;
        cells.push({ table: table.index, row: table.row, cell: table.cell, paragraphs: [] });
      }
      if (!selfClosing) stack.push(name);
      continue;
    }
    // A closing tag: pop to its opening (tolerating stray markup).
    const at = stack.lastIndexOf(name);
    if (at >= 0) stack.length = at;
    if (name === 'w:t' && textOpen && run) {
      const { text, offsets } = decodeText(xml, textOpen.end, start);
      run.pieces.push({
        kind: 't',
        text,
        start: textOpen.start,
        end,
        offsets,
        open: textOpen,
        run,
      });
      textOpen = null;
    } else if (name === 'w:rPr' && rPrStart >= 0 && parent() === 'w:r' && run) {
      run.rPr = xml.slice(rPrStart, end);
      if (VANISH.test(run.rPr)) hidden.add(run);
      rPrStart = -1;
    } else if (name === 'w:pPr' && parent() === 'w:p') {
      paras[paras.length - 1]!.info.contentStart = end;
    } else if (name === 'w:r' && run) {
      runs.pop();
      run.end = end;
      paras[paras.length - 1]?.info.runs.push(run);
    } else if (name === 'w:p') {
      const open = paras.pop();
      if (!open) continue;
      open.info.end = end;
      open.info.contentEnd = start;
      finishParagraph(open.info, hidden);
      const inOrder = [open.info, ...open.boxes];
      const outer = paras[paras.length - 1];
      // A paragraph inside a run is in a text box: it follows the paragraph holding it.
      if (outer && (runs.length > 0 || stack.includes('w:txbxContent')))
        outer.boxes.push(...inOrder);
      else if (tables.length > 0) cells[cells.length - 1]?.paragraphs.push(...inOrder);
      else body.paragraphs.push(...inOrder);
    } else if (name === 'w:tc' && table && table.index !== null) {
      const cell = cells.pop();
      if (cell) body.cells.push(cell);
    } else if (name === 'w:tbl') {
      tables.pop();
    }
  }
  body.cells.sort((a, b) => a.table - b.table || a.row - b.row || a.cell - b.cell);
  return body;
};

/** The text of a cell: its paragraphs joined by line breaks. */
export const cellText = (cell: CellInfo): string => cell.paragraphs.map((p) => p.text).join('\n');
