// Handing a workspace to a colleague: a self-contained copy out, and a merge of such a copy in.
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { DatabaseSync, SQLOutputValue } from 'node:sqlite';
import type { Finding } from '../../shared/model/schema';
import type { SourceGrid, SourceSegment } from '../../shared/model/source';
import { openDatabase, transaction } from './database';
import { validate, WorkspaceError } from './errors';
import { insertImport } from './importing';
import { importInputSchema } from './inputs';
import { internalId, json, REPORT_COLUMNS, str, storedParse, toReportRow } from './rows';
import { mergeReview } from './merge';
import type { ExchangeResult } from './types';

/**
 * Writes a consistent, self-contained copy of the workspace (one file, no WAL beside it) to
 * `file`. The copy is written next to the target and renamed over it, so a failure never
 * leaves half a file under the chosen name.
 */
export const exportDatabase = (db: DatabaseSync, file: string): void => {
  const temp = `${file}.${randomUUID().slice(0, 8)}.tmp`;
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new WorkspaceError('IO_ERROR', `无法导出工作区到「${file}」：${String(error)}`, {
      cause: error,
    });
  }
};

type Row = Record<string, SQLOutputValue>;

/** Opens a copy of a colleague's file, so their file is never changed (it may be read-only). */
const openCopy = (file: string): { other: DatabaseSync; cleanup: () => void } => {
  if (!existsSync(file))
    throw new WorkspaceError('NOT_FOUND', `找不到要导入的工作区文件「${file}」。`);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-import-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    const copy = join(dir, basename(file));
    copyFileSync(file, copy);
    // A live workspace keeps recent commits in its WAL file: copy it too.
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    return { other: openDatabase(copy), cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
};

/**
 * Merges another workspace file into this one, in one transaction. Reports are the same when
 * their documents have the same sha256. A report new here is copied with all its review
 * records; for one both sides hold, see `mergeReview` for the conflict policy.
 */
export const importDatabase = (db: DatabaseSync, file: string, at: string): ExchangeResult => {
  const { other, cleanup } = openCopy(file);
  try {
    const check = other.prepare('PRAGMA quick_check').all();
    if (check.length !== 1 || Object.values(check[0]!)[0] !== 'ok') {
      throw new WorkspaceError('NOT_WORKSPACE', `工作区文件「${file}」已损坏，未导入任何内容。`);
    }
    const result: ExchangeResult = {
      added: 0,
      merged: 0,
      decisions: { added: 0, updated: 0 },
      comments: 0,
      corrections: { added: 0, updated: 0 },
      statusChanges: 0,
    };
    const reports = other
      .prepare(`SELECT ${REPORT_COLUMNS} ORDER BY r.imported_at, r.id`)
      .all()
      .map(toReportRow);
    transaction(db, () => {
      for (const theirs of reports) {
        const doc = other
          .prepare(
            'SELECT d.* FROM documents d JOIN reports r ON r.document_id = d.id WHERE r.id = ?',
          )
          .get(theirs.id) as Row;
        const data = validate(importInputSchema, {
          name: theirs.name,
          format: theirs.format,
          path: theirs.sourcePath,
          hash: theirs.hash,
          bytes: doc.bytes instanceof Uint8Array ? doc.bytes : undefined,
          extracted: {
            format: theirs.format,
            text: str(doc.extracted),
            segments: json<SourceSegment[]>(doc.segments, []),
            notes: json<string[]>(doc.notes, []),
            ...(doc.grids == null ? {} : { grids: json<SourceGrid[]>(doc.grids, []) }),
          },
          parsed: theirs.parsed,
          error: theirs.error,
          findings: [] as Finding[],
        });
        const imported = insertImport(
          db,
          data,
          at,
          {
            importedAt: theirs.importedAt,
            // An older check time, so the findings below are taken from the colleague's file.
            checkedAt: '',
            agencyKey: theirs.agencyKey,
          },
          storedParse(other, theirs.id),
        );
        if (imported.duplicate) result.merged++;
        else result.added++;
        mergeReview(db, internalId(imported.id), other, theirs, result);
      }
    });
    return result;
  } catch (error) {
    // Bad data in their file is reported as such, not as a bad request of this reviewer.
    if (error instanceof WorkspaceError && error.code !== 'INVALID_REQUEST') throw error;
    throw new WorkspaceError(
      'INVALID_REQUEST',
      `工作区文件「${file}」内容有误，未导入任何内容：${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  } finally {
    other.close();
    cleanup();
  }
};
