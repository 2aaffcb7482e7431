// The review service over the workspace store: the same session gives what the in-memory store
// gives, and all of it is still there after the file is closed and opened again.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MemoryReviewStore } from '../../src/main/services/memory-store';
import { ReviewService } from '../../src/main/services/review-service';
import type { ReviewStore } from '../../src/main/services/store';
import { Workspace } from '../../src/main/storage';
import { WorkspaceReviewStore } from '../../src/main/services/workspace-store';
import type { ReportDetail } from '../../src/shared/ipc/review';
import { SAMPLES, tempDir } from './helpers';

const SAMPLE_DIR = fileURLToPath(new URL('../fixtures/samples/', import.meta.url));

/** One reviewer's session: import the samples, then act on the report with the most findings. */
const session = async (store: ReviewStore): Promise<ReportDetail[]> => {
  const service = new ReviewService({ store, reviewer: '张三' });
  const paths = service.grantPaths(SAMPLES.map((s) => join(SAMPLE_DIR, s)));
  const imported = await service.importFiles(paths);
  const target = imported.reduce((a, b) => (b.total > a.total ? b : a));
  const detail = await service.getReport(target.id);
  const first = detail.findings[0];
  if (first) {
    await service.decide({
      reportId: target.id,
      fingerprint: first.fingerprint,
      decision: 'dismissed',
      reason: '表述无误',
    });
  }
  const at = detail.raw.indexOf('总体情况');
  await service.addComment({ reportId: target.id, span: [at, at + 4], text: '请充实内容' });
  await service.correctCell({ reportId: target.id, path: 'requests/1/natural', value: 2 });
  await service.setStatus({ reportId: target.id, status: 'returned', note: '请修改后重新报送' });
  // Importing the same files again must not add reports.
  await service.importFiles(paths);
  const list = await service.listReports();
  return Promise.all(list.map((s) => service.getReport(s.id)));
};

/** What must agree between stores: everything but ids, times and wording of automatic notes. */
const comparable = (details: ReportDetail[]) =>
  details.map((d) => ({
    ...d,
    summary: { ...d.summary, id: '', importedAt: '' },
    findings: d.findings.map((f) => ({ ...f, decision: f.decision && { ...f.decision, at: '' } })),
    comments: d.comments.map((c) => ({ ...c, id: '', at: '' })),
    corrections: d.corrections.map((c) => ({ ...c, at: '' })),
    history: d.history.map((h) => [h.status, h.reviewer]),
  }));

describe('the review service on the workspace store', () => {
  it('behaves like the in-memory store and keeps the session on disk', async () => {
    const file = join(tempDir(), 'app.nianbao');
    const memory = await session(new MemoryReviewStore());
    const ws = Workspace.open(file);
    const onDisk = await session(new WorkspaceReviewStore(ws));
    expect(onDisk).toHaveLength(SAMPLES.length);
    expect(comparable(onDisk)).toEqual(comparable(memory));
    ws.close();

    const reopened = Workspace.open(file);
    const store = new WorkspaceReviewStore(reopened);
    const service = new ReviewService({ store, reviewer: '李四' });
    const again = await Promise.all(
      (await service.listReports()).map((s) => service.getReport(s.id)),
    );
    expect(again).toEqual(onDisk);
    const returned = again.find((d) => d.summary.status === 'returned')!;
    expect(returned.corrections.map((c) => [c.path, c.value])).toEqual([['requests/1/natural', 2]]);
    expect(returned.comments[0]!.quote).toBe('总体情况');
    expect(await store.getReport('r1')).toBeNull();
    await expect(
      store.decide(returned.summary.id, { ...returned.findings[0]!.decision!, fingerprint: 'x' }),
    ).rejects.toMatchObject({
      name: 'ServiceError',
      code: 'NOT_FOUND',
    });
    reopened.close();
  });
});
