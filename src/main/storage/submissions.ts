// Submissions: the files of one report of an agency and year (the .docx and its .pdf) are one
// submission; a resubmission with other content is the next version. `reports.submission` holds
// the id of the file the register shows for the submission (its "primary" file).
import type { DatabaseSync } from 'node:sqlite';
import type { Report } from '../../shared/model/schema';
import { renumberVersions, resolveAgency } from './agencies';
import { WorkspaceError } from './errors';
import { json, loadReport, num, str } from './rows';
import { sameContent } from './same-content';

/** The submission a report belongs to (its own id before it was grouped). */
export const submissionOf = (db: DatabaseSync, id: number): number => {
  const row = db.prepare('SELECT COALESCE(submission, id) AS s FROM reports WHERE id = ?').get(id);
  if (!row) throw new WorkspaceError('NOT_FOUND', `找不到编号为「${id}」的报告，可能已被删除。`);
  return num(row.s);
};

/** The files of a submission, first imported first. */
export const filesOf = (db: DatabaseSync, submission: number): number[] =>
  db
    .prepare('SELECT id FROM reports WHERE COALESCE(submission, id) = ? ORDER BY imported_at, id')
    .all(submission)
    .map((r) => num(r.id));

/** How much a reviewer did on a file: decisions, comments, corrections, status changes. */
const workOn = (db: DatabaseSync, id: number): number =>
  num(
    db
      .prepare(
        `SELECT (SELECT count(*) FROM decisions WHERE report_id = ?1 AND decision <> 'pending')
              + (SELECT count(*) FROM comments WHERE report_id = ?1)
              + (SELECT count(*) FROM corrections WHERE report_id = ?1)
              + (SELECT count(*) FROM status_history WHERE report_id = ?1) AS n`,
      )
      .get(id)?.n,
  );

/**
 * Points every file of a submission at the file the register should show: the one the reviewer
 * worked on most (so no decision is out of sight), the first imported among equals.
 */
const settlePrimary = (db: DatabaseSync, files: readonly number[]): number => {
  let best = files[0]!;
  let bestWork = -1;
  for (const id of files) {
    const work = workOn(db, id);
    if (work > bestWork) [best, bestWork] = [id, work];
  }
  const set = db.prepare('UPDATE reports SET submission = ? WHERE id = ?');
  for (const id of files) set.run(best, id);
  return best;
};

const parsedOf = (db: DatabaseSync, id: number): Report | null =>
  json<Report | null>(db.prepare('SELECT parsed FROM reports WHERE id = ?').get(id)?.parsed, null);

/**
 * The submission of the report's agency and year, other than its own, whose shown file has the
 * same content; null when none (or when its agency was not read: nothing to line up with).
 */
const sameSubmission = (db: DatabaseSync, id: number): number | null => {
  const row = loadReport(db, id);
  if (row.agencyKey === null || !row.parsed) return null;
  const own = submissionOf(db, id);
  const others = db
    .prepare(
      `SELECT DISTINCT COALESCE(submission, id) AS s FROM reports
       WHERE agency_key = ? AND year IS ? AND removed_at IS NULL AND parsed IS NOT NULL
         AND COALESCE(submission, id) <> ? ORDER BY s`,
    )
    .all(row.agencyKey, row.year, own)
    .map((r) => num(r.s));
  for (const s of others) {
    const other = parsedOf(db, s);
    if (other && sameContent(other, row.parsed)) return s;
  }
  return null;
};

/**
 * Puts a report's submission together with the one of the same agency, year and content, if
 * there is one (a new .pdf of an imported .docx; a name corrected to the other file's). Returns
 * the submission it is in now.
 */
export const joinSameContent = (db: DatabaseSync, id: number): number => {
  const own = submissionOf(db, id);
  const into = sameSubmission(db, id);
  if (into === null) {
    if (db.prepare('SELECT submission FROM reports WHERE id = ?').get(id)?.submission == null)
      db.prepare('UPDATE reports SET submission = ? WHERE id = ?').run(own, id);
    return own;
  }
  return settlePrimary(db, [...filesOf(db, into), ...filesOf(db, own)]);
};

/**
 * Groups the reports a workspace holds from before submissions existed: in import order, each
 * joins an earlier file of its agency, year and content. Nothing is deleted; decisions stay on
 * their files, and the file with the reviewer's work is the one the register shows.
 */
export const groupUngrouped = (db: DatabaseSync): number => {
  const pending = db
    .prepare('SELECT id FROM reports WHERE submission IS NULL ORDER BY imported_at, id')
    .all()
    .map((r) => num(r.id));
  const touched = new Set<string>();
  for (const id of pending) {
    joinSameContent(db, id);
    const row = db.prepare('SELECT agency_key, year FROM reports WHERE id = ?').get(id);
    if (row?.agency_key != null) touched.add(JSON.stringify([str(row.agency_key), row.year]));
  }
  for (const t of touched) {
    const [key, year] = JSON.parse(t) as [string, number | null];
    renumberVersions(db, key, year);
  }
  return pending.length;
};

/** Where a submission sits: its agency key and year (to renumber and re-check around it). */
export interface Placement {
  key: string | null;
  year: number | null;
}

const placementOf = (db: DatabaseSync, submission: number): Placement => {
  const row = loadReport(db, submission);
  return { key: row.agencyKey, year: row.year };
};

const renumber = (db: DatabaseSync, p: Placement): void => {
  if (p.key !== null) renumberVersions(db, p.key, p.year);
};

/** Takes a submission (every file of it) out of the register; `restore` brings it back. */
export const setRemoved = (
  db: DatabaseSync,
  id: number,
  removedAt: string | null,
): { files: number[]; placement: Placement } => {
  const submission = submissionOf(db, id);
  const files = filesOf(db, submission);
  db.prepare('UPDATE reports SET removed_at = ? WHERE COALESCE(submission, id) = ?').run(
    removedAt,
    submission,
  );
  const placement = placementOf(db, submission);
  renumber(db, placement);
  return { files, placement };
};

/** The reviewer's agency name and year for a submission; null leaves that one as it is. */
export interface SubmissionEdit {
  agency: string | null;
  year: number | null;
}

/**
 * Sets the agency name and year of every file of a submission — in its columns and in the stored
 * parse, which the rules read — then renumbers where it left and where it went, and joins a
 * submission of the same content there. The caller re-checks the files (the year rules, last
 * year's report) with `before` and `after`.
 */
export const editSubmission = (
  db: DatabaseSync,
  id: number,
  edit: SubmissionEdit,
  at: string,
): { files: number[]; before: Placement; after: Placement; merged: number } => {
  const submission = submissionOf(db, id);
  const files = filesOf(db, submission);
  const before = placementOf(db, submission);
  const first = loadReport(db, submission);
  if (!first.parsed) throw new WorkspaceError('CONFLICT', '该文件未能读取，不能修改单位或年度。');
  const agency = edit.agency ?? first.agency;
  const year = edit.year ?? first.year;
  const key = agency ? resolveAgency(db, agency, at).key : null;
  const set = db.prepare(
    'UPDATE reports SET agency = ?, agency_key = ?, year = ?, parsed = ? WHERE id = ?',
  );
  for (const file of files) {
    const row = loadReport(db, file);
    const parsed = row.parsed ? JSON.stringify({ ...row.parsed, agency, year }) : null;
    set.run(agency, key, year, parsed, file);
  }
  renumber(db, before);
  const merged = joinSameContent(db, submission);
  const after = { key, year };
  renumber(db, after);
  return { files: filesOf(db, merged), before, after, merged };
};
