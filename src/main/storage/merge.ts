// The conflict policy when two workspaces hold the same report: nothing either reviewer did is lost.
import type { DatabaseSync, SQLOutputValue } from 'node:sqlite';
import { findingSchema } from '../../shared/model/schema';
import { validate } from './errors';
import { str, type ReportRow } from './rows';
import type { ExchangeResult } from './types';

/** A column value as a statement parameter. */
const v = (x: SQLOutputValue | undefined): SQLOutputValue => x ?? null;

/**
 * Merges the review records of `theirs` (a report in `other`) into local report `id`:
 * - findings: the side checked more recently wins (decisions are keyed by fingerprint, so they
 *   follow either set; ones left without a finding are kept as orphaned);
 * - decisions and corrections: per finding / per cell, the later timestamp wins (a withdrawal is
 *   a timestamped record too); on equal times this side's record stays;
 * - comments: unioned by id; an edited or deleted one (a tombstone) wins when it is the later;
 * - status changes: unioned by id; the status is then the latest change's.
 */
export const mergeReview = (
  db: DatabaseSync,
  id: number,
  other: DatabaseSync,
  theirs: ReportRow,
  result: ExchangeResult,
): void => {
  const local = db.prepare('SELECT checked_at FROM reports WHERE id = ?').get(id);
  if (theirs.checkedAt > str(local?.checked_at)) {
    db.prepare('DELETE FROM findings WHERE report_id = ?').run(id);
    const insert = db.prepare(
      'INSERT INTO findings (report_id, fingerprint, ord, rule_id, severity, data) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const f of other.prepare('SELECT * FROM findings WHERE report_id = ?').all(theirs.id)) {
      // Their file is outside input: a finding that does not fit the model stops the import.
      const data = validate(findingSchema, JSON.parse(str(f.data)));
      insert.run(id, v(f.fingerprint), v(f.ord), data.ruleId, data.severity, JSON.stringify(data));
    }
    db.prepare('UPDATE reports SET checked_at = ? WHERE id = ?').run(theirs.checkedAt, id);
  }

  const localDecision = db.prepare(
    'SELECT at FROM decisions WHERE report_id = ? AND fingerprint = ?',
  );
  const putDecision = db.prepare(
    `INSERT OR REPLACE INTO decisions (report_id, fingerprint, decision, reason, reviewer, at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const d of other.prepare('SELECT * FROM decisions WHERE report_id = ?').all(theirs.id)) {
    const mine = localDecision.get(id, v(d.fingerprint));
    if (mine && str(mine.at) >= str(d.at)) continue;
    putDecision.run(id, v(d.fingerprint), v(d.decision), v(d.reason), v(d.reviewer), v(d.at));
    if (mine) result.decisions.updated++;
    else result.decisions.added++;
  }

  const localCorrection = db.prepare('SELECT at FROM corrections WHERE report_id = ? AND path = ?');
  const putCorrection = db.prepare(
    `INSERT OR REPLACE INTO corrections (report_id, path, value, original, original_raw, reviewer, at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of other.prepare('SELECT * FROM corrections WHERE report_id = ?').all(theirs.id)) {
    const mine = localCorrection.get(id, v(c.path));
    if (mine && str(mine.at) >= str(c.at)) continue;
    putCorrection.run(
      id,
      v(c.path),
      v(c.value),
      v(c.original),
      v(c.original_raw),
      v(c.reviewer),
      v(c.at),
    );
    if (mine) result.corrections.updated++;
    else result.corrections.added++;
  }

  // A comment's `at` is its last change (an edit or a deletion): the later record wins.
  const localComment = db.prepare('SELECT at FROM comments WHERE id = ? AND report_id = ?');
  const putComment = db.prepare(
    `INSERT OR REPLACE INTO comments (id, report_id, start, "end", quote, text, reviewer, at, deleted)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of other.prepare('SELECT * FROM comments WHERE report_id = ?').all(theirs.id)) {
    const mine = localComment.get(v(c.id), id);
    if (mine && str(mine.at) >= str(c.at)) continue;
    putComment.run(
      v(c.id),
      id,
      v(c.start),
      v(c.end),
      v(c.quote),
      v(c.text),
      v(c.reviewer),
      v(c.at),
      c.deleted ?? 0,
    );
    if (!mine) result.comments++;
  }

  const putChange = db.prepare(
    `INSERT OR IGNORE INTO status_history (id, report_id, status, note, reviewer, at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const s of other
    .prepare('SELECT * FROM status_history WHERE report_id = ?')
    .all(theirs.id)) {
    result.statusChanges += Number(
      putChange.run(v(s.id), id, v(s.status), v(s.note), v(s.reviewer), v(s.at)).changes,
    );
  }
  db.prepare(
    `UPDATE reports SET status = coalesce((SELECT status FROM status_history WHERE report_id = ?
       ORDER BY at DESC, rowid DESC LIMIT 1), status) WHERE id = ?`,
  ).run(id, id);
};
