// OFD parts are read with the project's capped XML parser (no DTD, no entity expansion); OFD
// writers choose any namespace prefix (ofd:, none, another), so names are compared without it.
import type { XmlElement } from '../docx/xml';

export type { XmlElement } from '../docx/xml';

/** The name without its namespace prefix. */
export const localName = (el: XmlElement): string => {
  const colon = el.name.indexOf(':');
  return colon < 0 ? el.name : el.name.slice(colon + 1);
};

/** Child elements named `name` (any prefix); all child elements without a name. */
export const kids = (el: XmlElement | undefined, name?: string): XmlElement[] => {
  if (!el) return [];
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (typeof c !== 'string' && (name === undefined || localName(c) === name)) out.push(c);
  }
  return out;
};

/** The first child element named `name`. */
export const kid = (el: XmlElement | undefined, name: string): XmlElement | undefined =>
  kids(el, name)[0];

/** Follows a path of child names. */
export const at = (el: XmlElement | undefined, ...names: string[]): XmlElement | undefined =>
  names.reduce<XmlElement | undefined>((e, n) => kid(e, n), el);

/** The element's own text (its direct text children joined). */
export const textOf = (el: XmlElement | undefined): string =>
  el ? el.children.filter((c): c is string => typeof c === 'string').join('') : '';

/** An attribute, whatever prefix it was written with. */
export const attr = (el: XmlElement | undefined, name: string): string | undefined => {
  if (!el) return undefined;
  if (el.attrs[name] !== undefined) return el.attrs[name];
  for (const [k, v] of Object.entries(el.attrs)) if (k.endsWith(`:${name}`)) return v;
  return undefined;
};

/** Numbers of an ST_Array or ST_Box attribute ("0 0 210 297"). */
export const numbers = (s: string | undefined): number[] =>
  (s ?? '')
    .trim()
    .split(/[\s,]+/)
    .filter((x) => x !== '')
    .map(Number)
    .filter((n) => Number.isFinite(n));

/** A box [x, y, w, h] in millimetres, or null. */
export const box = (s: string | undefined): [number, number, number, number] | null => {
  const n = numbers(s);
  return n.length >= 4 ? [n[0]!, n[1]!, n[2]!, n[3]!] : null;
};
