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
import { loadReport, type ReportRow } from './rows';

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

export const decide = (
  db: DatabaseSync,
  reportId: number,
  d: { fingerprint: string; decision: DecisionKind; reason: string | null; reviewer: string },
  at: string,
): Decision => {
  const row = loadReport(db, reportId);
  const exists = db
    .prepare('SELECT 1 FROM findings WHERE report_id = ? AND fingerprint = ?')
    .get(reportId, d.fingerprint);
  if (!exists) {
    throw new WorkspaceError(
      'NOT_FOUND',
      '报告中没有这个问题（可能重新检查后已不存在），请刷新后再审核。',
    );
  }
  const decision: Decision = { ...d, reason: d.reason || null, at };
  db.prepare(
    `INSERT INTO decisions (report_id, fingerprint, decision, reason, reviewer, at)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (report_id, fingerprint) DO UPDATE SET
       decision = excluded.decision, reason = excluded.reason,
       reviewer = excluded.reviewer, at = excluded.at`,
  ).run(reportId, decision.fingerprint, decision.decision, decision.reason, decision.reviewer, at);
  startReview(db, row, d.reviewer, at);
  return decision;
};

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
