// The names a letter gives: the report's name as the body cites it, and the file's name.

import { hasControl } from '../../shared/ipc/letter';

/** Characters Windows, macOS and Linux refuse (or that confuse them) in a file name. */
const UNSAFE = /[\\/:*?"<>|]/g;

/** A file name made safe: unsafe characters dropped, no leading/trailing dots or spaces, ≤ 120. */
export const safeFileName = (name: string, fallback = '审核意见书'): string => {
  const cleaned = [...name]
    .filter((c) => !hasControl(c))
    .join('')
    .replace(UNSAFE, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const short = [...cleaned].slice(0, 120).join('');
  return short === '' ? fallback : short;
};

/**
 * The report's name: the parsed title when it reads as a title (short, ends with 报告, names the
 * year when the year is known), else composed from agency and year — a title the parser ran
 * into the first paragraph is never quoted.
 */
export const reportName = (title: string | null, agency: string | null, year: number | null) => {
  const t = title?.replace(/\s+/g, '') ?? '';
  const reads =
    t.length >= 8 &&
    t.length <= 60 &&
    /报告$/.test(t) &&
    (year === null || t.includes(String(year)));
  if (reads) return t;
  if (agency && year !== null) return `${agency}${year}年政府信息公开工作年度报告`;
  const cut = /^.{0,60}?年度报告/.exec(t)?.[0];
  if (cut) return cut;
  return `${agency ?? ''}${year !== null ? `${year}年` : ''}政府信息公开工作年度报告`;
};

/** 《单位+年度+审核意见书》.docx */
export const letterFileName = (agency: string | null, year: number | null): string =>
  `${safeFileName(`${agency ?? '未识别单位'}${year !== null ? `${year}年度` : ''}审核意见书`)}.docx`;
