// The visible text of a Word paragraph: runs, tabs, breaks, field results, tracked changes;
// pictures are counted and text boxes handed back, hidden and deleted text left out.
import { child, elements, type XmlElement } from './xml';

export interface InlineText {
  text: string;
  /** Pictures (and embedded objects, which show as pictures) in the paragraph. */
  images: number;
  /** Text boxes anchored in the paragraph: their content is read after it. */
  boxes: XmlElement[];
}

export interface InlineOptions {
  /** What a tab and a line break become (inside a table cell both must stay on the line). */
  tab: string;
  lineBreak: string;
}

/** Elements whose content is never shown. */
const SKIP = new Set([
  'w:pPr',
  'w:rPr',
  'w:del',
  'w:moveFrom',
  'w:instrText',
  'w:delText',
  'w:delInstrText',
  'w:sdtPr',
  'w:sdtEndPr',
  'w:footnoteReference',
  'w:endnoteReference',
  'w:commentReference',
  'w:annotationRef',
  'w:fldData',
  'w:rt',
  'w:bookmarkStart',
  'w:bookmarkEnd',
]);

const OFF = new Set(['false', '0', 'off']);

const isPicture = (el: XmlElement): boolean => {
  const stack = [el];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e.name === 'pic:pic' || e.name === 'a:blip' || e.name === 'v:imagedata') return true;
    stack.push(...elements(e));
  }
  return false;
};

const findBoxes = (el: XmlElement, out: XmlElement[]): void => {
  for (const c of elements(el)) {
    if (c.name === 'w:txbxContent') out.push(c);
    else findBoxes(c, out);
  }
};

/** Reads a paragraph (or any inline container) into its visible text. */
export const inlineText = (p: XmlElement, options: InlineOptions): InlineText => {
  const out: string[] = [];
  const result: InlineText = { text: '', images: 0, boxes: [] };
  // Complex fields: text between "begin" and "separate" is the field code, not shown.
  const fields: Array<'code' | 'result'> = [];
  const visible = (): boolean => fields.every((f) => f === 'result');
  const walk = (el: XmlElement): void => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (SKIP.has(c.name)) continue;
      switch (c.name) {
        case 'w:r': {
          // Hidden text (w:vanish) is not printed: leave it out as a PDF would.
          const vanish = child(child(c, 'w:rPr'), 'w:vanish');
          if (!vanish || OFF.has(vanish.attrs['w:val'] ?? '')) walk(c);
          break;
        }
        case 'w:t':
        case 'm:t':
          if (visible()) out.push(c.children.filter((t) => typeof t === 'string').join(''));
          break;
        case 'w:tab':
        case 'w:ptab':
          if (visible()) out.push(options.tab);
          break;
        case 'w:br':
        case 'w:cr': {
          const type = c.attrs['w:type'];
          if (visible() && type !== 'page' && type !== 'column') out.push(options.lineBreak);
          break;
        }
        case 'w:noBreakHyphen':
          if (visible()) out.push('-');
          break;
        case 'w:sym': {
          const code = parseInt(c.attrs['w:char'] ?? '', 16);
          if (visible() && Number.isFinite(code) && code > 0) {
            out.push(String.fromCodePoint(code >= 0xf000 ? code - 0xf000 : code));
          }
          break;
        }
        case 'w:fldChar': {
          const type = c.attrs['w:fldCharType'];
          if (type === 'begin') fields.push('code');
          else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = 'result';
          else if (type === 'end') fields.pop();
          break;
        }
        case 'w:drawing':
        case 'w:pict':
        case 'w:object': {
          const boxes: XmlElement[] = [];
          findBoxes(c, boxes);
          result.boxes.push(...boxes);
          if (c.name === 'w:object' || isPicture(c)) result.images++;
          break;
        }
        case 'mc:AlternateContent': {
          // The same content twice (new and legacy form): read only one.
          const choice = child(c, 'mc:Choice') ?? child(c, 'mc:Fallback');
          if (choice) walk(choice);
          break;
        }
        case 'w:ruby': {
          const base = child(c, 'w:rubyBase');
          if (base) walk(base);
          break;
        }
        default:
          // Hyperlinks, inserted text, content controls, smart tags, simple fields …
          walk(c);
      }
    }
  };
  walk(p);
  result.text = out.join('');
  return result;
};
