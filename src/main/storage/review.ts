// The reviewer's actions on one report: decisions, comments, cell corrections, status changes.
import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type {
  Comment,
  Correction,
  Decision,
  DecisionKind,
  ReportStatus,
  StatusChange,
} from '../../shared/ipc/review';
import { reportStatusLabel } from '../../shared/ipc/review';
import { allCellPaths, describeCell } from '../../shared/model/form';
import type { Span } from '../../shared/model/schema';
import { WorkspaceError } from './errors';
import { loadReport, toComment, type ReportRow } from './rows';

/** Records a status change in the history and on the report. */
export const changeStatus = (
  db: DatabaseSync,
  reportId: number,
  change: StatusChange,
): StatusChange => {
  db.prepare(
    'INSERT INTO status_history (id, report_id, status, note, reviewer, at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(randomUUID(), reportId, change.status, change.note, change.reviewer, change.at);
  db.prepare('UPDATE reports SET status = ? WHERE id = ?').run(change.status, reportId);
  return change;
};

/** The first thing a reviewer does to a 待审核 report puts it 审核中, in the same transaction. */
const startReview = (db: DatabaseSync, row: ReportRow, reviewer: string, at: string): void => {
  if (row.status === 'pending') {
    changeStatus(db, row.id, { status: 'in_review', note: '开始审核', reviewer, at });
  }
};

const requireText = (row: ReportRow): string => {
  if (!row.parsed) {
    throw new WorkspaceError('CONFLICT', `文件「${row.name}」未能读取，没有可标注的内容。`);
  }
  return row.parsed.text;
};

/** One finding's decision as asked for (a group decision is several). */
export interface DecisionInput {
  fingerprint: string;
  decision: DecisionKind;
  reason: string | null;
}

/**
 * Records the decisions on findings of one report, all or none: a group decided in one action is
 * stored as ordinary per-finding decisions, so the letter, exports and merges read them as before.
 */
export const decideMany = (
  db: DatabaseSync,
  reportId: number,
  d: { decisions: readonly DecisionInput[]; reviewer: string },
  at: string,
): Decision[] => {
  const row = loadReport(db, reportId);
  const exists = db.prepare('SELECT 1 FROM findings WHERE report_id = ? AND fingerprint = ?');
  const missing = d.decisions.filter((x) => !exists.get(reportId, x.fingerprint)).length;
  if (missing > 0) {
    throw new WorkspaceError(
      'NOT_FOUND',
      d.decisions.length === 1
        ? '报告中没有这个问题（可能重新检查后已不存在），请刷新后再审核。'
        : `报告中有 ${missing} 个问题已不存在（可能重新检查过），本次未作任何改动，请刷新后再审核。`,
    );
  }
  const put = db.prepare(
    `INSERT INTO decisions (report_id, fingerprint, decision, reason, reviewer, at)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (report_id, fingerprint) DO UPDATE SET
       decision = excluded.decision, reason = excluded.reason,
       reviewer = excluded.reviewer, at = excluded.at`,
  );
  const out = d.decisions.map((x): Decision => {
    const decision: Decision = { ...x, reason: x.reason || null, reviewer: d.reviewer, at };
    put.run(reportId, x.fingerprint, x.decision, decision.reason, d.reviewer, at);
    return decision;
  });
  if (out.length > 0) startReview(db, row, d.reviewer, at);
  return out;
};

export const decide = (
  db: DatabaseSync,
  reportId: number,
  d: DecisionInput & { reviewer: string },
  at: string,
): Decision => decideMany(db, reportId, { decisions: [d], reviewer: d.reviewer }, at)[0]!;

export const addComment = (
  db: DatabaseSync,
  reportId: number,
  c: { span: Span; text: string; reviewer: string },
  at: string,
): Comment => {
  const row = loadReport(db, reportId);
  const text = requireText(row);
  const [start, end] = c.span;
  if (start >= end || end > text.length) {
    throw new WorkspaceError(
      'INVALID_REQUEST',
      `批注位置 [${start}, ${end}) 无效：应选中报告正文中的一段文字（正文共 ${text.length} 字）。`,
    );
  }
  const comment: Comment = {
    id: randomUUID(),
    span: [start, end],
    quote: text.slice(start, end),
    text: c.text,
    reviewer: c.reviewer,
    at,
  };
  db.prepare(
    'INSERT INTO comments (id, report_id, start, "end", quote, text, reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(comment.id, reportId, start, end, comment.quote, comment.text, comment.reviewer, at);
  startReview(db, row, c.reviewer, at);
  return comment;
};

const commentRow = (db: DatabaseSync, reportId: number, id: string) => {
  const row = db.prepare('SELECT * FROM comments WHERE id = ? AND report_id = ?').get(id, reportId);
  if (!row)
    throw new WorkspaceError('NOT_FOUND', '找不到这条审核意见（可能已被删除），请刷新后再试。');
  return row;
};

/** Rewrites a comment's text; `at` becomes the time of the edit (a merge keeps the later word). */
export const editComment = (
  db: DatabaseSync,
  reportId: number,
  c: { id: string; text: string; reviewer: string },
  at: string,
): Comment => {
  const row = loadReport(db, reportId);
  if (commentRow(db, reportId, c.id).deleted) {
    throw new WorkspaceError('CONFLICT', '这条审核意见已删除，不能再修改；可先撤销删除。');
  }
  db.prepare('UPDATE comments SET text = ?, reviewer = ?, at = ? WHERE id = ?').run(
    c.text,
    c.reviewer,
    at,
    c.id,
  );
  startReview(db, row, c.reviewer, at);
  return toComment(commentRow(db, reportId, c.id));
};

/**
 * Deletes a comment, or brings it back (`deleted` false, for undo). The row stays as a
 * tombstone with its time, so merging a colleague's older copy does not bring it back.
 */
export const setCommentDeleted = (
  db: DatabaseSync,
  reportId: number,
  c: { id: string; deleted: boolean },
  at: string,
): Comment => {
  loadReport(db, reportId);
  commentRow(db, reportId, c.id);
  db.prepare('UPDATE comments SET deleted = ?, at = ? WHERE id = ?').run(
    c.deleted ? 1 : 0,
    at,
    c.id,
  );
  return toComment(commentRow(db, reportId, c.id));
};

/**
 * Keeps the reviewer's value for a cell apart from what the parser read; null withdraws the
 * correction (the row stays, with its time, so a merge knows the withdrawal is the newer word).
 */
export const correctCell = (
  db: DatabaseSync,
  reportId: number,
  c: { path: string; value: number | null; reviewer: string },
  at: string,
): Correction => {
  const row = loadReport(db, reportId);
  requireText(row);
  const cell = row.parsed?.cells[c.path];
  if (!cell && !allCellPaths.includes(c.path)) {
    throw new WorkspaceError(
      'INVALID_REQUEST',
      `报告表格中没有单元格「${describeCell(c.path)}」（${c.path}）。`,
    );
  }
  const correction: Correction = {
    path: c.path,
    value: c.value,
    original: cell?.value ?? null,
    originalRaw: cell?.raw ?? '',
    reviewer: c.reviewer,
    at,
  };
  db.prepare(
    `INSERT INTO corrections (report_id, path, value, original, original_raw, reviewer, at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (report_id, path) DO UPDATE SET
       value = excluded.value, original = excluded.original, original_raw = excluded.original_raw,
       reviewer = excluded.reviewer, at = excluded.at`,
  ).run(reportId, c.path, c.value, correction.original, correction.originalRaw, c.reviewer, at);
  startReview(db, row, c.reviewer, at);
  return correction;
};

export const setStatus = (
  db: DatabaseSync,
  reportId: number,
  s: { status: ReportStatus; reviewer: string; note: string | null },
  at: string,
): StatusChange => {
  const row = loadReport(db, reportId);
  if (row.status === s.status) {
    throw new WorkspaceError('CONFLICT', `报告已是「${reportStatusLabel[s.status]}」状态。`);
  }
  return changeStatus(db, reportId, { ...s, note: s.note || null, at });
};
