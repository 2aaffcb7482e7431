// The passage a comment is about: what the reviewer selected in the document pane, in whichever
// view has text (文本 maps offsets exactly; 原文 — Word HTML, a PDF or OFD text layer — and the
// tables are found by their text in report.text), else nothing.
import type { Span } from '../../../shared/model/schema';
import { selectedSpan } from './SourceView';

const SPACE = /\s/;

/**
 * Where `selected` stands in `text`, whitespace ignored on both sides (a PDF text layer breaks
 * lines and spaces differently); of several places, the one nearest `near`.
 */
export const locateQuote = (text: string, selected: string, near: number | null): Span | null => {
  const want = selected.replace(/\s+/g, '');
  if (want === '') return null;
  const at: number[] = [];
  let compact = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (SPACE.test(ch)) continue;
    compact += ch;
    at.push(i);
  }
  let best = -1;
  for (let i = compact.indexOf(want); i >= 0; i = compact.indexOf(want, i + 1)) {
    if (best < 0) best = i;
    else if (near !== null && Math.abs(at[i]! - near) < Math.abs(at[best]! - near)) best = i;
    if (near === null) break;
  }
  if (best < 0) return null;
  return [at[best]!, at[best + want.length - 1]! + 1];
};

/** The selection inside `pane`, or null when there is none there. */
const selectionIn = (pane: Element): string | null => {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!pane.contains(range.startContainer) || !pane.contains(range.endContainer)) return null;
  return sel.toString();
};

export type SelectionResult =
  | { kind: 'span'; span: Span }
  /** Text is selected, but it is not in the report's text (a header of the page, say). */
  | { kind: 'elsewhere' }
  | { kind: 'none' };

/** The span of report.text the reviewer selected in the document pane. */
export const documentSelection = (
  pane: Element | null,
  source: Element | null,
  text: string,
  near: number | null,
): SelectionResult => {
  const exact = selectedSpan(source);
  if (exact) return { kind: 'span', span: exact };
  const selected = pane ? selectionIn(pane) : null;
  if (selected === null || selected.trim() === '') return { kind: 'none' };
  const span = locateQuote(text, selected, near);
  return span ? { kind: 'span', span } : { kind: 'elsewhere' };
};
