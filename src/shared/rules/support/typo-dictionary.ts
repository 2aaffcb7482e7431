// The misspellings text.typo looks for: a fixed list seen in real reports, and slips of the form's
// own terms (a doubled, dropped or swapped character) generated from a small dictionary.

/** A wrong form and its correction. */
export interface TypoEntry {
  wrong: string;
  right: string;
  /** Text that must not follow the wrong form for it to count ("六部分成" + "果"). */
  notBefore?: RegExp;
}

/** Misspellings seen in real reports, with the official wording. */
export const fixedTypos: readonly TypoEntry[] = [
  { wrong: '依申公开', right: '依申请公开' },
  { wrong: '六部分成', right: '六部分组成', notBefore: /^[果效绩员功就]/ },
  { wrong: '政府信息平台建设', right: '政府信息公开平台建设' },
  { wrong: '政府信箱公开申请', right: '政府信息公开申请' },
  { wrong: '予已公开', right: '予以公开' },
  { wrong: '不于公开', right: '不予公开' },
  { wrong: '不予于公开', right: '不予公开' },
  { wrong: '信息公开条列', right: '信息公开条例' },
  { wrong: '行政复义', right: '行政复议' },
  { wrong: '行政诉呤', right: '行政诉讼' },
  { wrong: '勾嵇关系', right: '勾稽关系' },
];

/** Terms of the form and of the 条例, long enough that a one-character slip is unambiguous. */
export const formTerms: readonly string[] = [
  '政府信息公开',
  '依申请公开',
  '政府信息管理',
  '政府信息公开平台建设',
  '行政规范性文件',
  '行政事业性收费',
  '结转下年度继续办理',
  '信息处理费',
  '政府信息公开工作年度报告',
  '中华人民共和国政府信息公开条例',
  '存在的主要问题及改进情况',
  '其他需要报告的事项',
  '政府门户网站',
];

/** Variants that are ordinary usage, not slips. */
const ACCEPTED = new Set([
  '行政规范文件',
  '行政事业收费',
  '结转下年继续办理',
  '存在主要问题及改进情况',
  '其他需要报告事项',
]);

/**
 * One-character slips of a term, only inside it (its first and last two characters stay put,
 * so a slip cannot be two correct words meeting: "执行规范性文件", "公开开展"): a doubled
 * character, two neighbours swapped, one character dropped (terms of 6 or more characters).
 */
export const slipsOf = (term: string): string[] => {
  const c = [...term];
  const n = c.length;
  const out = new Set<string>();
  for (let i = 1; i <= n - 2; i++) out.add([...c.slice(0, i + 1), ...c.slice(i)].join(''));
  for (let i = 1; i + 1 <= n - 2; i++) {
    if (c[i] === c[i + 1]) continue;
    out.add([...c.slice(0, i), c[i + 1], c[i], ...c.slice(i + 2)].join(''));
  }
  if (n >= 6)
    for (let i = 2; i <= n - 3; i++) out.add([...c.slice(0, i), ...c.slice(i + 1)].join(''));
  out.delete(term);
  return [...out].filter((v) => !ACCEPTED.has(v));
};

/** Every entry the rule looks for: the fixed list, then the generated slips. */
export const allTypos = (): TypoEntry[] => {
  const entries: TypoEntry[] = [...fixedTypos];
  const known = new Set(entries.map((e) => e.wrong));
  const terms = new Set(formTerms);
  for (const term of formTerms) {
    for (const wrong of slipsOf(term)) {
      // A slip of one term may be another term, or contained in one (never a typo then).
      if (known.has(wrong) || [...terms].some((t) => t.includes(wrong))) continue;
      known.add(wrong);
      entries.push({ wrong, right: term });
    }
  }
  return entries;
};
