// How each row of the form is recognised by its label, whatever its numbering or wrapping.

export interface RowKey {
  row: string;
  /** Matched against the row's label with spaces removed. */
  re: RegExp;
  /** Rows that may only be matched after one of these rows (labels that also occur elsewhere). */
  after?: readonly string[];
  /** Words that, anywhere in the label, mean the label names another row. */
  unless?: RegExp;
}

export const activeRowKeys: readonly RowKey[] = [
  { row: 'regulations', re: /规章/ },
  { row: 'normativeDocs', re: /规范性文件/ },
  { row: 'licensing', re: /行政许可/ },
  { row: 'punishment', re: /行政处罚/ },
  { row: 'coercion', re: /行政强制/ },
  { row: 'fees', re: /事业性收费|行政性收费/ },
];

/** Rows of the 2019 form's table 二. */
export const active2019RowKeys: readonly RowKey[] = [
  { row: 'regulations', re: /规章/ },
  { row: 'normativeDocs', re: /规范性文件/ },
  { row: 'licensing', re: /行政许可/ },
  { row: 'otherServices', re: /对外管理服务/ },
  { row: 'punishment', re: /行政处罚/ },
  { row: 'coercion', re: /行政强制/ },
  { row: 'fees', re: /事业性收费|行政性收费/ },
  { row: 'procurement', re: /集中采购|政府采购/ },
];

export const requestRowKeys: readonly RowKey[] = [
  { row: '1', re: /本年新收/ },
  { row: '2', re: /上年结转/ },
  { row: '3.1', re: /予以公开/ },
  { row: '3.2', re: /部分公开/ },
  { row: '3.3.1', re: /国家秘密/ },
  { row: '3.3.2', re: /法律行政法规禁止|法规禁止公开/ },
  { row: '3.3.3', re: /三安全一稳定|危及/ },
  { row: '3.3.4', re: /第三方合法权益/ },
  { row: '3.3.5', re: /内部事务/ },
  { row: '3.3.6', re: /过程性信息/ },
  { row: '3.3.7', re: /执法案卷/ },
  { row: '3.3.8', re: /行政查询事项|查询事项/ },
  { row: '3.4.1', re: /不掌握/ },
  { row: '3.4.2', re: /没有现成信息|另行制作/ },
  { row: '3.4.3', re: /补正后|仍不明确/ },
  { row: '3.5.1', re: /信访举报|举报投诉|信访/ },
  { row: '3.5.2', re: /重复申请/ },
  { row: '3.5.3', re: /公开出版物|出版物/ },
  { row: '3.5.4', re: /大量反复|反复申请/ },
  { row: '3.5.5', re: /重新出具|确认或/ },
  { row: '3.6.1', re: /不补正/ },
  { row: '3.6.2', re: /收费通知|缴纳费用|未按收费/ },
  // "3.其他" of （六）, recognisable only by its place after 1 and 2 of （六）.
  { row: '3.6.3', re: /(?:^|\d[.．、])其他(?:处理)?$/, after: ['3.6.1', '3.6.2'] },
  // The 2019 format's single row （六）其他处理, followed directly by its numbers — never when a
  // sub-row of （六） is named in the same label (a wrapped label of 1. or 2.).
  { row: '3.6', re: /其他处理$/, unless: /不补正|收费通知|缴纳费用/ },
  // 总计 also heads the last column, so it is a row only once the result rows have begun.
  {
    row: '3.7',
    re: /总计/,
    after: ['3.1', '3.2', '3.3.1', '3.4.1', '3.5.1', '3.6.1', '3.6.2', '3.6.3', '3.6'],
  },
  { row: '4', re: /结转下年/ },
];

/**
 * The row a label names: the key whose match ends last in the label, so a label fused with the
 * labels before it ("（三）不予公开1.属于国家秘密", header words + "一、本年新收…") names its own row.
 */
export const matchRow = (
  label: string,
  keys: readonly RowKey[],
  seen: ReadonlySet<string>,
): string | null => findRow(label, keys, seen)?.row ?? null;

/**
 * The label without its bracketed notes, with where each kept character stood. A form's filling
 * notes ("其他对外管理服务事项（指…含行政处罚、行政强制…）") name other rows; an unclosed bracket
 * (a note cut off) runs to the end.
 */
const withoutNotes = (text: string): { text: string; at: number[] } => {
  let out = '';
  const at: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    else if (depth === 0) {
      out += c;
      at.push(i);
    }
  }
  return { text: out, at };
};

/** Like matchRow, with where the naming words start in the label (spaces removed). */
export const findRow = (
  label: string,
  keys: readonly RowKey[],
  seen: ReadonlySet<string>,
): { row: string; start: number; end: number } | null => {
  const whole = label.replace(/\s+/g, '');
  // The words outside brackets name the row when they are words at all (two Han characters);
  // a label lost inside an OCR'd bracket ("(三不予公开…") is read whole.
  const outside = withoutNotes(whole);
  const bare = /[\u4e00-\u9fff]{2}/.test(outside.text);
  const found = bestRow(bare ? outside.text : whole, keys, seen);
  if (!found || !bare) return found;
  const start = outside.at[found.start] ?? whole.length;
  const end = found.end > found.start ? outside.at[found.end - 1]! + 1 : start;
  return { row: found.row, start, end };
};

const bestRow = (
  text: string,
  keys: readonly RowKey[],
  seen: ReadonlySet<string>,
): { row: string; start: number; end: number } | null => {
  let best: { row: string; start: number; end: number } | null = null;
  for (const key of keys) {
    if (key.after && !key.after.some((r) => seen.has(r))) continue;
    if (key.unless?.test(text)) continue;
    const re = new RegExp(key.re.source, 'g');
    let found: { start: number; end: number } | null = null;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found = { start: m.index, end: m.index + m[0].length };
      if (m[0].length === 0) re.lastIndex++;
    }
    if (found && (!best || found.end > best.end)) best = { row: key.row, ...found };
  }
  return best;
};
