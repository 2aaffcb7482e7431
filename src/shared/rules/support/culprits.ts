// Finds the one wrong cell behind several broken relations of table 三, so a single slip is
// reported once (naming the cell) instead of as a cascade of broken totals.
import type { ParsedDocument } from '../../parser/types';
import { guessedCells } from './uncertain';
import {
  evaluate,
  relationCells,
  requestRelations,
  solveFor,
  type Evaluated,
  type RelationKind,
} from './relations';

/** A cell that alone explains every relation it breaks. */
export interface Culprit {
  path: string;
  /** The value that makes all its relations hold. */
  expected: number;
  actual: number;
  relations: Evaluated[];
  /** The rule that reports it: the first of its relations in catalogue order. */
  owner: RelationKind;
}

/** What table 三 shows when its relations are checked together. */
export interface RequestsAnalysis {
  culprits: Culprit[];
  /** Broken relations no culprit explains, reported one by one. */
  unexplained: Evaluated[];
}

const ORDER: readonly RelationKind[] = ['balance', 'results', 'rowTotal'];
const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;

/**
 * A cell is the likely culprit when it lies in at least two relations, all of them broken, and
 * each of them, solved for that cell, asks for the same value. It is accepted only when no other
 * candidate could explain the same relations (two slips that mimic each other stay unexplained).
 */
export const analyzeRequests = (doc: ParsedDocument): RequestsAnalysis => {
  const guessed = guessedCells(doc);
  const evaluated = requestRelations(doc)
    .map((r) => evaluate(doc, r, guessed))
    .filter((r): r is Evaluated => r !== null);
  const broken = evaluated.filter((r) => r.broken);
  if (broken.length === 0) return { culprits: [], unexplained: [] };
  const byCell = new Map<string, Evaluated[]>();
  for (const rel of evaluated)
    for (const p of relationCells(rel)) byCell.set(p, [...(byCell.get(p) ?? []), rel]);
  const suspects = new Set(broken.flatMap(relationCells));
  const candidates: Culprit[] = [];
  for (const path of suspects) {
    const rels = byCell.get(path) ?? [];
    if (rels.length < 2 || rels.some((r) => !r.broken)) continue;
    const values = rels.map((r) => solveFor(doc, r, path));
    const expected = values[0]!;
    if (expected < 0 || !values.every((v) => same(v, expected))) continue;
    candidates.push({
      path,
      expected,
      actual: doc.report.cells[path]!.value!,
      relations: rels,
      owner: ORDER.find((k) => rels.some((r) => r.kind === k))!,
    });
  }
  const claims = new Map<Evaluated, number>();
  for (const c of candidates) for (const r of c.relations) claims.set(r, (claims.get(r) ?? 0) + 1);
  const culprits = candidates.filter((c) => c.relations.every((r) => claims.get(r) === 1));
  const explained = new Set(culprits.flatMap((c) => c.relations));
  return { culprits, unexplained: broken.filter((r) => !explained.has(r)) };
};
