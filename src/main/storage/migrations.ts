// The workspace schema as ordered SQL steps; opening a file applies the steps it has not seen yet.
import type { DatabaseSync } from 'node:sqlite';
import { WorkspaceError } from './errors';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Never edit a step that has shipped: files in reviewers' hands already ran it. Add a new step.
 * Times are ISO 8601 strings (UTC, milliseconds), so text order is time order.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, reports and findings',
    sql: `
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
        name TEXT NOT NULL,
        format TEXT NOT NULL,
        source_path TEXT,
        bytes BLOB,
        extracted TEXT NOT NULL,
        segments TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '[]',
        imported_at TEXT NOT NULL
      );
      CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
        agency TEXT,
        agency_key TEXT,
        year INTEGER,
        title TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        parsed TEXT,
        error TEXT,
        imported_at TEXT NOT NULL,
        checked_at TEXT NOT NULL
      );
      CREATE INDEX reports_by_agency ON reports(agency_key, year);
      CREATE TABLE findings (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL,
        ord INTEGER NOT NULL,
        rule_id TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
        data TEXT NOT NULL,
        PRIMARY KEY (report_id, fingerprint)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    name: 'review: decisions, comments, corrections, status',
    sql: `
      ALTER TABLE reports ADD COLUMN status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'in_review', 'returned', 'approved'));
      CREATE TABLE decisions (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'dismissed', 'pending')),
        reason TEXT,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (report_id, fingerprint)
      ) WITHOUT ROWID;
      CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL CHECK ("end" >= start),
        quote TEXT NOT NULL,
        text TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX comments_by_report ON comments(report_id, start);
      CREATE TABLE corrections (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        value REAL,
        original REAL,
        original_raw TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (report_id, path)
      ) WITHOUT ROWID;
      CREATE TABLE status_history (
        id TEXT PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('pending', 'in_review', 'returned', 'approved')),
        note TEXT,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX status_by_report ON status_history(report_id, at);
    `,
  },
  {
    version: 3,
    name: 'agency aliases (merged agency keys)',
    sql: `
      CREATE TABLE agency_aliases (
        alias TEXT PRIMARY KEY,
        key TEXT NOT NULL,
        auto INTEGER NOT NULL DEFAULT 0,
        at TEXT NOT NULL,
        CHECK (alias <> key)
      );
      CREATE INDEX aliases_by_key ON agency_aliases(key);
    `,
  },
  {
    version: 4,
    name: 'the whole parse and the source grids',
    sql: `
      ALTER TABLE documents ADD COLUMN grids TEXT;
      ALTER TABLE reports ADD COLUMN analysis TEXT;
      ALTER TABLE reports ADD COLUMN origin BLOB;
    `,
  },
  {
    version: 5,
    name: 'comments: edited and deleted (a tombstone, so a merge does not bring one back)',
    sql: `
      ALTER TABLE comments ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1));
    `,
  },
  {
    // Files of one submission (the .docx and its .pdf) share a submission; the grouping needs
    // the parsed content, so it is done in code after the step (submission NULL = not yet).
    version: 6,
    name: 'submissions: files of one report, removed submissions',
    sql: `
      ALTER TABLE reports ADD COLUMN submission INTEGER;
      ALTER TABLE reports ADD COLUMN removed_at TEXT;
      CREATE INDEX reports_by_submission ON reports(submission);
    `,
  },
  {
    version: 7,
    name: 'reports by year (the peers content.copied compares with)',
    // The peers query (versions.ts peerIds) runs for every report an import touches; without it
    // that query reads every report of every year.
    sql: `CREATE INDEX reports_by_year ON reports(year);`,
  },
];

/** The schema version this build writes. */
export const latestVersion = (steps: readonly Migration[] = migrations): number =>
  steps.reduce((max, m) => Math.max(max, m.version), 0);

/** The highest step applied to an open database (0 for a new file). */
export const currentVersion = (db: DatabaseSync): number => {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get();
  return Number(row?.v ?? 0);
};

/**
 * Applies the missing steps in order, each in its own transaction with its row in
 * `schema_migrations`, so a crash leaves the file at the last complete step. Refuses a file
 * written by a newer build: guessing at a schema we do not know could lose a reviewer's work.
 */
export const migrate = (
  db: DatabaseSync,
  steps: readonly Migration[] = migrations,
  now: () => Date = () => new Date(),
): number => {
  const from = currentVersion(db);
  const latest = latestVersion(steps);
  if (from > latest) {
    throw new WorkspaceError(
      'TOO_NEW',
      `该工作区由更新版本的年报审查软件创建（结构版本 ${from}，本软件支持到 ${latest}），请升级软件后再打开。`,
    );
  }
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  for (const step of [...steps].sort((a, b) => a.version - b.version)) {
    if (step.version <= from) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(step.sql);
      record.run(step.version, step.name, now().toISOString());
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw new WorkspaceError(
        'IO_ERROR',
        `升级工作区结构（第 ${step.version} 步：${step.name}）失败，文件保持原样：${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }
  return latest;
};
