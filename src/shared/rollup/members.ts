// Which reports join a roll-up, with which cells: a report joins when every cell it must add was
// read (or corrected by the reviewer); otherwise it is left out with the reasons in Chinese.
import { allCellPaths, cellPath, describeCell, requestColumns } from '../model/form';
import { applyCorrections, type CellOverride } from '../review/corrections';
import type { ParsedDocument } from '../parser/types';
import { guessedCells } from '../rules/support/uncertain';
import { tableName } from '../rules/support/places';
import type { RollupExcluded, RollupMember } from './schema';

/** One report offered to the roll-up, as the workspace holds it. */
export interface RollupInput {
  id: string;
  agency: string;
  year: number | null;
  version: number;
  /** The parsed report (null when the file could not be read). */
  doc: ParsedDocument | null;
  /** Why the file could not be read, when it could not. */
  error?: string | null;
  /** The reviewer's corrections in force. */
  corrections: readonly CellOverride[];
  /** Last year's values of the same agency (corrections applied), for the drill-down marks. */
  previous?: Readonly<Record<string, number | null>> | null;
}

/** Cells of table 二 the 2019 form shares with the 2021 form (report-model.md). */
export const SHARED_ACTIVE_CELLS: readonly string[] = [
  'active/licensing/decisions',
  'active/punishment/decisions',
  'active/coercion/decisions',
];

const LEGACY_ROW = '3.6';
const isSplitOther = (path: string): boolean => path.startsWith('requests/3.6.');
const legacyPaths = requestColumns.map((c) => cellPath('requests', LEGACY_ROW, c.id));

/** The 2021 cells a report must have for its tables to count as read completely. */
const requiredCells = (doc: ParsedDocument, legacy: boolean): string[] => {
  const in2019 = doc.report.formatVersion === '2019';
  return allCellPaths.filter((p) => {
    if (legacy && isSplitOther(p)) return false;
    if (in2019 && p.startsWith('active/')) return false;
    return true;
  });
};

const missingReason = (paths: readonly string[]): string => {
  const shown = paths
    .slice(0, 3)
    .map((p) => describeCell(p))
    .join('、');
  const more = paths.length > 3 ? ` 等 ${paths.length} 格` : '';
  return `有 ${paths.length} 格空白或未读出（${shown}${more}），请在审核中补正后再汇总。`;
};

export type Admission =
  { joined: true; member: RollupMember } | { joined: false; excluded: RollupExcluded };

/** Decides whether a report joins, and with which values. */
export const admit = (input: RollupInput): Admission => {
  const out = (reasons: string[]): Admission => ({
    joined: false,
    excluded: { id: input.id, agency: input.agency, version: input.version, reasons },
  });
  if (!input.doc) return out([`文件未能读取${input.error ? `：${input.error}` : '。'}`]);
  const doc = applyCorrections(input.doc, input.corrections);
  const corrected = new Set(input.corrections.filter((c) => c.value !== null).map((c) => c.path));
  const cells = doc.report.cells;
  const legacy = cells[legacyPaths[0]!] !== undefined;
  const reasons: string[] = [];
  const in2019 = doc.report.formatVersion === '2019';
  for (const d of doc.diagnostics) {
    if (d.kind === 'table-missing' && !(in2019 && d.table === 'active')) {
      reasons.push(`未读到${tableName(d.table)}${d.image ? '（似为图片）' : ''}。`);
    }
  }
  const required = [...requiredCells(doc, legacy), ...(legacy ? legacyPaths : [])];
  const missing = required.filter((p) => {
    const v = cells[p]?.value;
    return v === null || v === undefined;
  });
  if (missing.length > 0 && reasons.length === 0) reasons.push(missingReason(missing));
  // Numbers placed by guess in a row with surplus numbers: not a reading to add up.
  const guessed = [...guessedCells(doc)].filter((p) => required.includes(p) && !corrected.has(p));
  if (guessed.length > 0) {
    reasons.push(
      `${describeCell(guessed[0]!)}所在行的数字多于列数，无法确定各数所在的格，请在审核中补正后再汇总。`,
    );
  }
  if (reasons.length > 0) return out(reasons);

  const values: Record<string, number> = {};
  for (const p of required) if (!legacyPaths.includes(p)) values[p] = cells[p]!.value!;
  // A 2019 report's table 二 joins by the shared cells when they were read.
  if (in2019) {
    const unsure = guessedCells(doc);
    for (const p of SHARED_ACTIVE_CELLS) {
      const v = cells[p]?.value;
      if (v !== null && v !== undefined && (!unsure.has(p) || corrected.has(p))) values[p] = v;
    }
  }
  const legacyOther = legacy
    ? Object.fromEntries(requestColumns.map((c, i) => [c.id, cells[legacyPaths[i]!]!.value!]))
    : null;
  return {
    joined: true,
    member: {
      id: input.id,
      agency: input.agency,
      year: doc.report.year,
      version: input.version,
      format: in2019 ? '2019' : '2021',
      values,
      corrected: [...corrected].filter((p) => p in values || legacyPaths.includes(p)).sort(),
      legacyOther,
    },
  };
};
