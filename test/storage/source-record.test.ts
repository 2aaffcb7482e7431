// The 原文 view's read of a report (Workspace.getSourceRecord) is the same summary, text and
// segments as the whole record's, for a real PDF with review work on it; an unknown id is NOT_FOUND.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReviewService } from '../../src/main/services/review-service';
import { WorkspaceError } from '../../src/main/storage/errors';
import { tempWorkspace } from '../support/workspace';

const file = join(import.meta.dirname, '..', 'fixtures', 'real', '015.pdf');

describe('Workspace.getSourceRecord', () => {
  it('reads what getReport reads of the summary, text and segments', async () => {
    const workspace = tempWorkspace();
    const service = new ReviewService({ workspace, reviewer: '审核人', poolFrom: 1000 });
    service.grantPaths([file]);
    const [summary] = await service.importFiles([file]);
    const id = summary!.id;
    const full = workspace.getReport(id);
    expect(full.findings.length).toBeGreaterThan(0);
    // A decision changes the summary's counts: both reads must see it.
    await service.decide({
      reportId: id,
      fingerprint: full.findings[0]!.fingerprint,
      decision: 'dismissed',
      reason: '已核实',
    });
    const after = workspace.getReport(id);
    const record = workspace.getSourceRecord(id);
    expect(record.segments.length).toBeGreaterThan(100);
    expect(record).toEqual({ summary: after.summary, raw: after.raw, segments: after.segments });
    expect(record.summary.decided).toBe(1);
    expect(() => workspace.getSourceRecord('999')).toThrow(WorkspaceError);
  });
});
