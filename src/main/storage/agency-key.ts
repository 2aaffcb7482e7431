// Agency names to keys, so one agency lines up across years however its name was written.

/** Characters that end an administrative area name: 省、市、区、县、州、盟、旗. */
const LEVEL = '省市区县州盟旗';
const BRACKETED = /[([【〔［][^()[\]【】〔〕［］]*[)\]】〕］]/g;

/**
 * The key of an agency name: NFKC (full-width brackets and letters become ASCII), no
 * whitespace, no bracketed parts ("（本级）", "(市行政复议局)"), no stray brackets. Names that
 * differ only in those respects share a key.
 */
export const agencyKey = (name: string): string => {
  const flat = name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  let key = flat;
  for (let previous = ''; previous !== key;) {
    previous = key;
    key = key.replace(BRACKETED, '');
  }
  key = key.replace(/[()[\]【】〔〕［］]/g, '');
  return key || flat;
};

/** True when a key starts with a place of its own ("前进区…", "渠县…"), not a bare level. */
const hasOwnPlace = (key: string): boolean => {
  const at = [...key.slice(1, 8)].findIndex((ch) => LEVEL.includes(ch));
  return at >= 0;
};

/**
 * True when `short` is a short form of `full`: the same name with the place dropped in front.
 * Either the short form keeps only the level ("区司法局" of "牧野区司法局"), or it keeps its own
 * place and drops the areas above it ("前进区司法局" of "佳木斯市前进区司法局").
 */
export const isShortFormOf = (short: string, full: string): boolean => {
  if (short.length < 3 || full.length <= short.length || !full.endsWith(short)) return false;
  const prefix = full.slice(0, full.length - short.length);
  if (LEVEL.includes(short[0]!)) return true;
  return LEVEL.includes(prefix[prefix.length - 1]!) && hasOwnPlace(short);
};

/** The one key among `keys` that `short` is a short form of, or null when none or several. */
export const uniqueFullForm = (short: string, keys: Iterable<string>): string | null => {
  let found: string | null = null;
  for (const key of keys) {
    if (!isShortFormOf(short, key)) continue;
    if (found !== null && found !== key) return null;
    found = key;
  }
  return found;
};
