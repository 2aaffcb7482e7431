// Schema migrations: a new file, an older file upgraded in place, a failed step, foreign files.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { latestVersion, migrations, Workspace, WorkspaceError } from '../../src/main/storage';
import { openDatabase } from '../../src/main/storage/database';
import { sampleImport, tempDir } from './helpers';

const fileHash = (file: string): string =>
  createHash('sha256').update(readFileSync(file)).digest('hex');

const errorOf = (fn: () => unknown): WorkspaceError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof WorkspaceError) return error;
    throw error;
  }
  throw new Error('expected a WorkspaceError');
};

describe('workspace migrations', () => {
  it('creates a new file at the latest version, in WAL mode with full sync and foreign keys', () => {
    const file = join(tempDir(), 'ws.nianbao');
    const ws = Workspace.open(file);
    const health = ws.health();
    expect(health.schemaVersion).toBe(latestVersion());
    expect(health).toMatchObject({ journalMode: 'wal', synchronous: 2, foreignKeys: true });
    expect(health.integrity).toEqual(['ok']);
    ws.close();
    const db = new DatabaseSync(file);
    const rows = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(rows.map((r) => [r.version, r.name])).toEqual(
      migrations.map((m) => [m.version, m.name]),
    );
    db.close();
  });

  it('upgrades a file written at version 1, keeping its reports', async () => {
    const file = join(tempDir(), 'old.nianbao');
    const old = openDatabase(file, { steps: migrations.slice(0, 1) });
    const { input, doc } = await sampleImport('004_e6a1a50ddf61be61.txt');
    old
      .prepare(
        `INSERT INTO documents (hash, name, format, extracted, imported_at)
         VALUES (?, ?, 'txt', ?, '2024-01-01T00:00:00.000Z')`,
      )
      .run('a'.repeat(64), input.name, input.extracted!.text);
    old
      .prepare(
        `INSERT INTO reports (document_id, agency, agency_key, year, parsed, imported_at, checked_at)
         VALUES (1, ?, ?, ?, ?, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`,
      )
      .run(doc.report.agency, doc.report.agency, doc.report.year, JSON.stringify(doc.report));
    expect(() => old.prepare('SELECT * FROM decisions').all()).toThrow();
    old.close();

    const ws = Workspace.open(file);
    expect(ws.health().schemaVersion).toBe(latestVersion());
    const [summary] = ws.listReports();
    expect(summary).toMatchObject({ agency: '渠县司法局', year: 2024, status: 'pending' });
    const comment = ws.addComment(summary!.id, doc.report.sections[0]!.span, '请补充', '张三');
    expect(comment.quote).toBe(doc.report.text.slice(...doc.report.sections[0]!.span));
    expect(ws.getReport(summary!.id).summary.status).toBe('in_review');
    ws.close();
  });

  it('rolls a failed step back and leaves the file at the last complete version', () => {
    const file = join(tempDir(), 'broken.nianbao');
    const steps = [
      migrations[0]!,
      { version: 2, name: 'broken', sql: 'CREATE TABLE half (a); INSERT INTO missing VALUES (1);' },
    ];
    const error = errorOf(() => openDatabase(file, { steps }));
    expect(error.message).toMatch(/升级工作区结构（第 2 步：broken）失败，文件保持原样/);
    const db = openDatabase(file, { steps: migrations.slice(0, 1) });
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half'").get()).toBeUndefined();
    expect(db.prepare('SELECT max(version) AS v FROM schema_migrations').get()?.v).toBe(1);
    db.close();
  });

  it('refuses a file written by a newer version', () => {
    const file = join(tempDir(), 'new.nianbao');
    Workspace.open(file).close();
    const db = new DatabaseSync(file);
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01')").run();
    db.close();
    const error = errorOf(() => Workspace.open(file));
    expect(error.code).toBe('TOO_NEW');
    expect(error.message).toContain('更新版本');
  });

  it('refuses a file that is not a workspace, and leaves it unchanged', () => {
    const dir = tempDir();
    const text = join(dir, 'notes.txt');
    writeFileSync(text, '这不是数据库文件'.repeat(100));
    const other = join(dir, 'other.db');
    const db = new DatabaseSync(other);
    db.exec('CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES (1);');
    db.close();
    for (const file of [text, other]) {
      const before = fileHash(file);
      const error = errorOf(() => Workspace.open(file));
      expect(error.code).toBe('NOT_WORKSPACE');
      expect(error.message).toMatch(/不是年报审查工作区文件/);
      expect(fileHash(file)).toBe(before);
    }
    expect(errorOf(() => Workspace.open(dir)).message).toMatch(/不是文件/);
  });
});
