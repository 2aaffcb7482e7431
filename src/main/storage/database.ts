// Opens a workspace file: a SQLite database in WAL mode with full sync, checked to be ours.
import { existsSync, statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { WorkspaceError } from './errors';
import { migrate, type Migration, migrations } from './migrations';

/** "NBWS" in ASCII: marks a SQLite file as a Nianbao workspace (PRAGMA application_id). */
export const APPLICATION_ID = 0x4e425753;

export interface OpenDatabaseOptions {
  /** Migration steps (tests pass a shorter list to build an older file). */
  steps?: readonly Migration[];
  now?: () => Date;
}

const pragma = (db: DatabaseSync, name: string): unknown => {
  const row = db.prepare(`PRAGMA ${name}`).get();
  return row ? Object.values(row)[0] : undefined;
};

/** True when the database already holds tables (so it must be a workspace to be opened). */
const hasTables = (db: DatabaseSync): boolean =>
  db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get() !== undefined;

/**
 * Opens (or creates) the database, sets the pragmas a reviewer's work needs — WAL, synchronous
 * FULL so a commit survives a power cut, foreign keys, a busy timeout for the CLI and the app
 * sharing a file — and brings the schema up to date.
 */
export const openDatabase = (file: string, options: OpenDatabaseOptions = {}): DatabaseSync => {
  if (existsSync(file) && !statSync(file).isFile()) {
    throw new WorkspaceError('NOT_WORKSPACE', `「${file}」不是文件，无法作为工作区打开。`);
  }
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file, { enableForeignKeyConstraints: true, timeout: 5000 });
  } catch (error) {
    throw new WorkspaceError('IO_ERROR', `无法打开工作区文件「${file}」：${String(error)}`, {
      cause: error,
    });
  }
  try {
    let appId: unknown;
    try {
      appId = pragma(db, 'application_id');
    } catch (error) {
      throw new WorkspaceError(
        'NOT_WORKSPACE',
        `「${file}」不是年报审查工作区文件（无法按数据库读取），请确认选择的文件。`,
        { cause: error },
      );
    }
    if (appId !== APPLICATION_ID && (appId !== 0 || hasTables(db))) {
      throw new WorkspaceError(
        'NOT_WORKSPACE',
        `「${file}」是其他软件的数据库，不是年报审查工作区文件，请确认选择的文件。`,
      );
    }
    const mode = pragma(db, 'journal_mode = WAL');
    if (mode !== 'wal') {
      throw new WorkspaceError('IO_ERROR', `工作区文件「${file}」无法启用预写日志（WAL）模式。`);
    }
    db.exec('PRAGMA synchronous = FULL');
    db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
    migrate(db, options.steps ?? migrations, options.now);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
};

/** Runs `fn` in one IMMEDIATE transaction: all of it is committed, or none of it. */
export const transaction = <T>(db: DatabaseSync, fn: () => T): T => {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
};

/** The settings and health of an open database, for tests and an "about" view. */
export const databaseHealth = (db: DatabaseSync) => ({
  journalMode: String(pragma(db, 'journal_mode')),
  /** 2 = FULL. */
  synchronous: Number(pragma(db, 'synchronous')),
  foreignKeys: Number(pragma(db, 'foreign_keys')) === 1,
  integrity: db
    .prepare('PRAGMA integrity_check')
    .all()
    .map((row) => String(Object.values(row)[0])),
  foreignKeyViolations: db.prepare('PRAGMA foreign_key_check').all().length,
});
