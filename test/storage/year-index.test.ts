// Step 7 of the schema: an index on reports(year) for the peers content.copied compares with. A
// workspace made by the schema before it (step 6, as reviewers hold them now) opens, is migrated in
// place, keeps its reports, findings and decisions, and its peers query reads one year by the index.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { latestVersion, migrations, Workspace } from '../../src/main/storage';
import { PEERS_SQL } from '../../src/main/storage/versions';
import { ReviewService } from '../../src/main/services/review-service';
import { muye } from '../support/copied-reports';
import { tempDir } from './helpers';

const before = migrations.filter((m) => m.version <= 6);

/** How SQLite would run the peers query on the file (EXPLAIN QUERY PLAN's details). */
const peersPlan = (file: string): string[] => {
  const db = new DatabaseSync(file);
  const plan = db
    .prepare(`EXPLAIN QUERY PLAN ${PEERS_SQL}`)
    .all(2024, 1, 'x', 'x')
    .map((r) => String(r.detail));
  db.close();
  return plan;
};

describe('the index on reports(year)', () => {
  it('is added to a workspace made by the schema before it, which keeps what it held', async () => {
    const dir = tempDir();
    const file = join(dir, 'before.nianbao');
    const write = (name: string, text: string): string => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    // Two alike reports recorded through the service into a file at step 6.
    const old = Workspace.open(file, { steps: before });
    expect(old.health().schemaVersion).toBe(6);
    const service = new ReviewService({ workspace: old, reviewer: '王审核' });
    service.grantPaths([dir]);
    const [a, b] = await service.importFiles([
      write('牧野区司法局2024.txt', muye),
      write('卫辉市司法局2024.txt', muye.replaceAll('牧野区', '卫辉市')),
    ]);
    const [onA] = (await service.getReport(a!.id)).findings.filter(
      (f) => f.ruleId === 'content.copied',
    );
    await service.decide({
      reportId: a!.id,
      fingerprint: onA!.fingerprint,
      decision: 'confirmed',
      reason: null,
    });
    const findingsBefore = old.getReport(a!.id).findings;
    old.close();
    expect(peersPlan(file).join('\n')).not.toContain('reports_by_year');

    const ws = Workspace.open(file);
    expect(ws.health().schemaVersion).toBe(latestVersion());
    expect(ws.health().integrity).toEqual(['ok']);
    expect(ws.peersOf(a!.id)).toEqual([b!.id]);
    expect(ws.getReport(a!.id).findings).toEqual(findingsBefore);
    const decided = new ReviewService({ workspace: ws, reviewer: '王审核' });
    const [kept] = (await decided.getReport(a!.id)).findings.filter(
      (f) => f.ruleId === 'content.copied',
    );
    expect(kept!.decision?.decision).toBe('confirmed');
    ws.close();
    expect(peersPlan(file).some((d) => d.includes('INDEX reports_by_year'))).toBe(true);
  });
});
