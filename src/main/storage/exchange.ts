// Handing a workspace to a colleague: a self-contained copy out, and a merge of such a copy in.
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import type { DatabaseSync, SQLOutputValue } from 'node:sqlite';
import type { Finding } from '../../shared/model/schema';
import type { SourceGrid, SourceSegment } from '../../shared/model/source';
import { logInternalError } from '../log/internal-error';
import { makeOwnedTempDir, removeStaleTempDirs } from '../temp/owned-temp';
import { APPLICATION_ID, openDatabase, transaction } from './database';
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

const IMPORT_PREFIX = 'nianbao-import-';
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Refuses what is not a workspace before anything opens it: a folder, an empty file, a file
 * that is not SQLite, a SQLite file of no workspace (an empty one would otherwise be turned
 * into a new, empty workspace and "merged" with nothing). Reads only the 100-byte header.
 */
const assertWorkspaceFile = (file: string): void => {
  const refuse = (why: string): never => {
    throw new WorkspaceError(
      'NOT_WORKSPACE',
      `「${file}」${why}，未导入任何内容。请选择同事导出的 .nianbao 工作区文件。`,
    );
  };
  const info = statSync(file);
  if (info.isDirectory()) refuse('是文件夹，不是工作区文件');
  if (!info.isFile()) refuse('不是普通文件');
  if (info.size === 0) refuse('是空文件（0 字节），不是工作区文件');
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (!header.subarray(0, 16).equals(SQLITE_HEADER))
    refuse('不是年报审查工作区文件（不是数据库文件）');
  // The application id is kept at offset 68 of the header, big-endian.
  if (header.readUInt32BE(68) !== APPLICATION_ID)
    refuse('不是年报审查工作区文件（是其他软件的数据库或空数据库）');
};

/**
 * Opens a copy of a colleague's file, so their file is never changed (it may be read-only).
 * The copy lives in a folder marked with this process's id: a copy left by a killed import is
 * removed by the next one.
 */
const openCopy = (file: string): { other: DatabaseSync; cleanup: () => void } => {
  if (!existsSync(file))
    throw new WorkspaceError('NOT_FOUND', `找不到要导入的工作区文件「${file}」。`);
  assertWorkspaceFile(file);
  removeStaleTempDirs(IMPORT_PREFIX);
  const dir = makeOwnedTempDir(IMPORT_PREFIX);
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  const copy = join(dir, basename(file));
  try {
    copyFileSync(file, copy);
    // A live workspace keeps recent commits in its WAL file: copy it too.
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    return { other: openDatabase(copy), cleanup };
  } catch (error) {
    cleanup();
    // Messages name the colleague's file, never the temporary copy.
    if (error instanceof WorkspaceError)
      throw new WorkspaceError(error.code, error.message.split(copy).join(file), { cause: error });
    logInternalError(error, `导入工作区 ${file}`);
    throw new WorkspaceError(
      'IO_ERROR',
      `无法读取工作区文件「${file}」，未导入任何内容（详情已记录）。`,
      {
        cause: error,
      },
    );
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
      .prepare(`SELECT ${REPORT_COLUMNS} WHERE r.removed_at IS NULL ORDER BY r.imported_at, r.id`)
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
    // Our own validation says what is wrong in Chinese; an engine's words are logged instead.
    if (!(error instanceof WorkspaceError)) logInternalError(error, `导入工作区 ${file}`);
    const detail = error instanceof WorkspaceError ? error.message : '数据无法读取（详情已记录）';
    throw new WorkspaceError(
      'INVALID_REQUEST',
      `工作区文件「${file}」内容有误，未导入任何内容：${detail}`,
      { cause: error },
    );
  } finally {
    other.close();
    cleanup();
  }
};
