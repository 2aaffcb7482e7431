// Word's automatic numbering ("一、", "（二）", "1.") rebuilt from numbering.xml and styles.xml,
// because the numbers are not in the text of the paragraphs.
import { formatCounter } from './number-format';
import { elements, path, val, type XmlElement } from './xml';

interface Level {
  start: number;
  fmt: string;
  text: string;
  suffix: string;
  legal: boolean;
  style: string | undefined;
}

interface ListDef {
  abstractId: string;
  /** Levels replaced or restarted by this list instance (w:lvlOverride). */
  overrides: Map<number, { start: number | undefined; level: Level | undefined }>;
}

interface StyleInfo {
  basedOn: string | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
}

const int = (s: string | undefined): number | undefined => {
  const n = s === undefined ? NaN : parseInt(s, 10);
  return Number.isFinite(n) ? n : undefined;
};

const readLevel = (lvl: XmlElement): Level => ({
  start: int(val(lvl, 'w:start')) ?? 0,
  fmt: val(lvl, 'w:numFmt') ?? 'decimal',
  text: val(lvl, 'w:lvlText') ?? '',
  suffix: val(lvl, 'w:suff') ?? 'tab',
  legal: path(lvl, 'w:isLgl') !== undefined && val(lvl, 'w:isLgl') !== '0',
  style: val(lvl, 'w:pStyle'),
});

/** Paragraph styles: what numbering each one carries, through its basedOn chain. */
export const readStyles = (styles: XmlElement | undefined): Map<string, StyleInfo> => {
  const map = new Map<string, StyleInfo>();
  for (const s of styles ? elements(styles, 'w:style') : []) {
    const id = s.attrs['w:styleId'];
    if (!id) continue;
    map.set(id, {
      basedOn: val(s, 'w:basedOn'),
      numId: val(s, 'w:pPr', 'w:numPr', 'w:numId'),
      ilvl: int(val(s, 'w:pPr', 'w:numPr', 'w:ilvl')),
    });
  }
  return map;
};

/** Numbering of a document; `label` advances the counters, so call it in document order. */
export class Numbering {
  private readonly abstracts = new Map<string, { levels: Map<number, Level>; link?: string }>();
  private readonly lists = new Map<string, ListDef>();
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(
    numbering: XmlElement | undefined,
    private readonly styles: Map<string, StyleInfo>,
  ) {
    for (const a of numbering ? elements(numbering, 'w:abstractNum') : []) {
      const levels = new Map<number, Level>();
      for (const lvl of elements(a, 'w:lvl'))
        levels.set(int(lvl.attrs['w:ilvl']) ?? 0, readLevel(lvl));
      const link = val(a, 'w:numStyleLink');
      this.abstracts.set(a.attrs['w:abstractNumId'] ?? '', link ? { levels, link } : { levels });
    }
    for (const n of numbering ? elements(numbering, 'w:num') : []) {
      const overrides: ListDef['overrides'] = new Map();
      for (const o of elements(n, 'w:lvlOverride')) {
        const lvl = path(o, 'w:lvl');
        overrides.set(int(o.attrs['w:ilvl']) ?? 0, {
          start: int(val(o, 'w:startOverride')),
          level: lvl ? readLevel(lvl) : undefined,
        });
      }
      this.lists.set(n.attrs['w:numId'] ?? '', {
        abstractId: val(n, 'w:abstractNumId') ?? '',
        overrides,
      });
    }
  }

  /** The list and level of a paragraph: its own w:numPr, else its style's (through basedOn). */
  private resolve(pPr: XmlElement | undefined): { numId: string; ilvl: number } | null {
    let numId = val(pPr, 'w:numPr', 'w:numId');
    let ilvl = int(val(pPr, 'w:numPr', 'w:ilvl'));
    let styleId = val(pPr, 'w:pStyle');
    const seen = new Set<string>();
    while ((numId === undefined || ilvl === undefined) && styleId && !seen.has(styleId)) {
      seen.add(styleId);
      const s = this.styles.get(styleId);
      if (!s) break;
      if (numId === undefined && s.numId !== undefined) {
        numId = s.numId;
        ilvl ??= s.ilvl ?? this.levelOfStyle(s.numId, styleId);
      }
      styleId = s.basedOn;
    }
    if (numId === undefined || numId === '0') return null;
    return { numId, ilvl: ilvl ?? 0 };
  }

  private levelOfStyle(numId: string, styleId: string): number | undefined {
    const levels = this.abstractOf(numId)?.levels;
    for (const [i, l] of levels ?? []) if (l.style === styleId) return i;
    return undefined;
  }

  private abstractOf(numId: string, depth = 0): { levels: Map<number, Level> } | undefined {
    const list = this.lists.get(numId);
    const a = list ? this.abstracts.get(list.abstractId) : undefined;
    if (a?.link && depth < 3) {
      const linked = this.styles.get(a.link)?.numId;
      if (linked && linked !== numId) return this.abstractOf(linked, depth + 1);
    }
    return a;
  }

  /** The number label Word draws before this paragraph ("一、", "（二）"), or '' if none. */
  label(pPr: XmlElement | undefined): string {
    const at = this.resolve(pPr);
    if (!at) return '';
    const list = this.lists.get(at.numId);
    const abstract = this.abstractOf(at.numId);
    if (!list || !abstract) return '';
    const levelAt = (i: number): Level | undefined =>
      list.overrides.get(i)?.level ?? abstract.levels.get(i);
    const level = levelAt(at.ilvl);
    if (!level) return '';
    // A list instance that restarts levels keeps its own counters; others share the abstract's.
    const key = list.overrides.size > 0 ? `num:${at.numId}` : `abs:${list.abstractId}`;
    const counts = this.counters.get(key) ?? [];
    this.counters.set(key, counts);
    if (!this.started.has(at.numId)) {
      this.started.add(at.numId);
      for (const [i, o] of list.overrides) if (o.start !== undefined) counts[i] = o.start - 1;
    }
    counts[at.ilvl] = counts[at.ilvl] === undefined ? level.start : counts[at.ilvl]! + 1;
    counts.length = at.ilvl + 1; // deeper levels restart
    if (level.fmt === 'bullet' || level.fmt === 'none') return '';
    const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const l = levelAt(i);
      const n = counts[i] ?? l?.start ?? 1;
      return formatCounter(n, level.legal ? 'decimal' : (l?.fmt ?? 'decimal'));
    });
    if (text === '') return '';
    // A tab after the number would read as a table cell: a space stands for it after a digit
    // or letter, nothing after Chinese punctuation ("一、总体情况").
    if (level.suffix === 'nothing' || /[、.．。）)\]】]$/.test(text)) return text;
    return `${text} `;
  }
}
