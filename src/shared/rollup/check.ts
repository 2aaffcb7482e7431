// Checks the summed tables with the same table rules as one report: the sums go into a synthetic
// report and the rule engine runs on it. A sum of correct tables is correct; where a sum breaks a
// relation, the members whose own tables break it are named.
import type { TableId } from '../model/form';
import type { Cell, Report } from '../model/schema';
import type { ParsedDocument } from '../parser/types';
import { arithRules } from '../rules/arith';
import {
  evaluate,
  relationCells,
  requestRelations,
  reviewRelations,
  type Evaluated,
} from '../rules/support/relations';
import { runRules } from '../rules/engine';
import { normalizeText } from '../text/normalize';
import { withLegacySix } from './display';
import type { RollupCell, RollupFinding, RollupMember } from './schema';

/** The relations of tables 三 and 四; the fee unit rule reads prose and has none to read here. */
const relationRules = arithRules.filter((r) => r.meta.id !== 'arith.fee-unit');

/**
 * A parsed document holding only cells, as the rules read them. With a 2019 row （六）其他处理
 * among the inputs, （六） is one row (3.6) as in a 2019 report, so every relation can be checked.
 */
export const syntheticDocument = (
  values: Readonly<Record<string, number | null>>,
  legacyOther: Readonly<Record<string, number>> | null,
  name: string,
  year: number | null,
): ParsedDocument => {
  const cells: Record<string, Cell> = {};
  for (const [path, value] of Object.entries(withLegacySix(values, legacyOther))) {
    cells[path] = { value, raw: value === null ? '' : String(value), span: null };
  }
  const report: Report = {
    title: `${name}政府信息公开工作年度报告汇总`,
    agency: name,
    year,
    formatVersion: '2021',
    text: '',
    sections: [],
    cells,
  };
  return {
    report,
    norm: normalizeText(''),
    headings: [],
    titleSpan: null,
    period: null,
    tables: (['active', 'requests', 'review'] as TableId[]).map((table) => ({
      table,
      span: [0, 0],
    })),
    diagnostics: [],
    rowSpans: {},
    legacyFormat: null,
    formatMarkers: [],
  };
};

/** The summed values for the check: a partial sum is not a reading the relations can judge. */
const checkValues = (
  cells: Readonly<Record<string, RollupCell>>,
  legacy: boolean,
): Record<string, number | null> =>
  Object.fromEntries(
    Object.values(cells).map((c) => [
      c.path,
      c.partial && !(legacy && c.path.startsWith('requests/3.6.')) ? null : c.value,
    ]),
  );

/** 3.6.1–3.6.3 and 3.6 compare as one row, so a 2021 member matches a roll-up with a 2019 row. */
const sameRow = (path: string): string => path.replace(/^requests\/3\.6(\.\d)?\//, 'requests/3.6/');

const brokenRelations = (doc: ParsedDocument): Evaluated[] =>
  [...requestRelations(doc), ...reviewRelations()]
    .map((r) => evaluate(doc, r))
    .filter((r): r is Evaluated => r !== null && r.broken);

/** The members whose own tables break a relation within the finding's cells. */
const culpritsOf = (
  findingCells: readonly string[],
  members: ReadonlyArray<{ member: RollupMember; broken: Evaluated[] }>,
): RollupFinding['agencies'] => {
  const inFinding = new Set(findingCells.map(sameRow));
  return members
    .filter(({ broken }) =>
      broken.some((rel) => relationCells(rel).every((p) => inFinding.has(sameRow(p)))),
    )
    .map(({ member }) => ({ id: member.id, agency: member.agency }));
};

/** Runs the table rules on the sums and names the members behind each finding. */
export const checkRollup = (
  cells: Readonly<Record<string, RollupCell>>,
  legacyOther: Readonly<Record<string, number>> | null,
  members: readonly RollupMember[],
  name: string,
  year: number,
): RollupFinding[] => {
  const doc = syntheticDocument(checkValues(cells, !!legacyOther), legacyOther, name, year);
  const findings = runRules(doc, relationRules);
  if (findings.length === 0) return [];
  const own = members.map((member) => ({
    member,
    broken: brokenRelations(syntheticDocument(member.values, member.legacyOther, '', year)),
  }));
  return findings.map((f) => {
    const agencies = culpritsOf(f.cells, own);
    const from =
      agencies.length > 0
        ? `出自${agencies.map((a) => `「${a.agency}」`).join('')}的表格。`
        : '未能确定出自哪个单位。';
    return { ...f, message: `汇总表：${f.message}${from}`, agencies };
  });
};
