// Agency keys in the database: resolving a name to its key, merging keys, numbering versions.
import type { DatabaseSync } from 'node:sqlite';
import { agencyKey, isShortFormOf, uniqueFullForm } from './agency-key';
import { num, str } from './rows';
import type { AgencyInfo } from './types';

/** Keys that reports use now (merged keys are aliases, not listed here). */
export const liveKeys = (db: DatabaseSync): Set<string> =>
  new Set(
    db
      .prepare('SELECT DISTINCT agency_key FROM reports WHERE agency_key IS NOT NULL')
      .all()
      .map((r) => str(r.agency_key)),
  );

/** The key a key stands for now: itself, or the key it was merged into. */
export const canonicalKey = (db: DatabaseSync, key: string): string => {
  const row = db.prepare('SELECT key FROM agency_aliases WHERE alias = ?').get(key);
  return row ? str(row.key) : key;
};

/**
 * Renumbers the versions of one agency and year by import time (1, 2, …): a version is a
 * submission, so the files of one submission (the .docx and its .pdf) share their number.
 */
export const renumberVersions = (db: DatabaseSync, key: string, year: number | null): void => {
  const subs = db
    .prepare(
      `SELECT COALESCE(submission, id) AS s, min(imported_at) AS first, min(id) AS fid
       FROM reports WHERE agency_key = ? AND year IS ? AND removed_at IS NULL
       GROUP BY s ORDER BY first, fid`,
    )
    .all(key, year)
    .map((r) => num(r.s));
  const set = db.prepare('UPDATE reports SET version = ? WHERE COALESCE(submission, id) = ?');
  subs.forEach((s, i) => set.run(i + 1, s));
};

/**
 * Merges key `from` into key `into`: its reports, and every alias that pointed to it, now point
 * to `into`; `from` becomes an alias. Versions of each year are renumbered by import time.
 */
export const mergeKeys = (
  db: DatabaseSync,
  into: string,
  from: string,
  auto: boolean,
  at: string,
): number => {
  const moved = db
    .prepare('UPDATE reports SET agency_key = ? WHERE agency_key = ?')
    .run(into, from).changes;
  db.prepare('UPDATE agency_aliases SET key = ? WHERE key = ?').run(into, from);
  db.prepare('DELETE FROM agency_aliases WHERE alias = ?').run(into);
  db.prepare(
    'INSERT OR REPLACE INTO agency_aliases (alias, key, auto, at) VALUES (?, ?, ?, ?)',
  ).run(from, into, auto ? 1 : 0, at);
  const years = db
    .prepare('SELECT DISTINCT year FROM reports WHERE agency_key = ?')
    .all(into)
    .map((r) => (r.year == null ? null : num(r.year)));
  for (const year of years) renumberVersions(db, into, year);
  return Number(moved);
};

/**
 * The key for an agency name, within this workspace: an alias or a key already in use, else the
 * unique full name it is a short form of ("区司法局" → "牧野区司法局", remembered as an automatic
 * alias), else the key another workspace gave it (`hint`, when importing a colleague's file),
 * else its own new key. A new key also adopts keys in use that are short forms of it and of
 * nothing else. Returns the key and the automatic merges made.
 */
export const resolveAgency = (
  db: DatabaseSync,
  name: string,
  at: string,
  hint?: string | null,
): { key: string; merged: Array<{ from: string; into: string }> } => {
  const raw = agencyKey(name);
  const known = canonicalKey(db, raw);
  const live = liveKeys(db);
  if (known !== raw || live.has(raw)) return { key: known, merged: [] };
  const full = uniqueFullForm(raw, live);
  if (full !== null) {
    mergeKeys(db, full, raw, true, at);
    return { key: full, merged: [{ from: raw, into: full }] };
  }
  const key = hint ? canonicalKey(db, hint) : raw;
  if (key !== raw) {
    // The colleague merged this name by hand; keep their merge.
    mergeKeys(db, key, raw, false, at);
    if (live.has(key)) return { key, merged: [] };
  }
  const merged: Array<{ from: string; into: string }> = [];
  const withNew = new Set([...live, key]);
  for (const short of live) {
    if (isShortFormOf(short, key) && uniqueFullForm(short, withNew) === key) {
      mergeKeys(db, key, short, true, at);
      merged.push({ from: short, into: key });
    }
  }
  return { key, merged };
};

/** Every agency key in use with its names, years and aliases, by key. */
export const listAgencies = (db: DatabaseSync): AgencyInfo[] => {
  const byKey = new Map<string, AgencyInfo>();
  const rows = db
    .prepare(
      `SELECT agency_key, agency, year, id = COALESCE(submission, id) AS shown FROM reports
       WHERE agency_key IS NOT NULL AND removed_at IS NULL ORDER BY agency_key, year, id`,
    )
    .all();
  for (const r of rows) {
    const key = str(r.agency_key);
    const info = byKey.get(key) ?? {
      key,
      names: [],
      years: [],
      reports: 0,
      files: 0,
      aliases: [],
    };
    const name = str(r.agency);
    if (name && !info.names.includes(name)) info.names.push(name);
    if (r.year != null && !info.years.includes(num(r.year))) info.years.push(num(r.year));
    // A report is a submission; its .docx and .pdf are two files of it.
    if (num(r.shown) === 1) info.reports++;
    info.files++;
    byKey.set(key, info);
  }
  for (const a of db.prepare('SELECT alias, key, auto FROM agency_aliases ORDER BY alias').all()) {
    byKey.get(str(a.key))?.aliases.push({ alias: str(a.alias), auto: num(a.auto) === 1 });
  }
  return [...byKey.values()];
};
