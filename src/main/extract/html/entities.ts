// Character references of HTML text and attribute values: numeric ones, and the named ones that
// Chinese government pages and Word's "save as web page" actually write.

const NAMED: Record<string, string> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwsp: '\u200b',
  zwnj: '\u200c',
  zwj: '\u200d',
  shy: '\u00ad',
  middot: '·',
  bull: '•',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  times: '×',
  divide: '÷',
  plusmn: '±',
  deg: '°',
  permil: '‰',
  yen: '¥',
  cent: '¢',
  pound: '£',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
  sect: '§',
  para: '¶',
  le: '≤',
  ge: '≥',
  ne: '≠',
  minus: '−',
  rarr: '→',
  larr: '←',
  uarr: '↑',
  darr: '↓',
  radic: '√',
  infin: '∞',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sup2: '²',
  sup3: '³',
  micro: 'µ',
  prime: '′',
  Prime: '″',
  loz: '◊',
  hearts: '♥',
  star: '☆',
};

const fromCode = (code: number): string =>
  // Surrogates, out-of-range and NUL references are replaced, as browsers do.
  code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : '\ufffd';

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6});?|#(\d{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,9});?)/g;

/** Replaces character references; an unknown name stays as written. */
export const decodeEntities = (s: string): string =>
  s.indexOf('&') < 0
    ? s
    : s.replace(REFERENCE, (all, hex?: string, dec?: string, name?: string) => {
        if (hex !== undefined) return fromCode(parseInt(hex, 16));
        if (dec !== undefined) return fromCode(parseInt(dec, 10));
        return NAMED[name!] ?? all;
      });
