// The versions of a report: every submission of the same agency and year, and what changed in the
// findings from the version before (fixed / still open / new), over any ReviewStore.
import type { ReportVersions, VersionComparison } from '../../shared/ipc/exports';
import { agencyKey } from '../storage/agency-key';
import { ServiceError } from './errors';
import type { ReviewStore, StoredReport } from './store';
import { reviewFindings } from './summary';

/** Two stored reports are versions of one report when agency (by key) and year are the same. */
const sameReport = (a: StoredReport, b: StoredReport): boolean =>
  a.error === null &&
  b.error === null &&
  a.agency !== null &&
  b.agency !== null &&
  a.year !== null &&
  a.year === b.year &&
  agencyKey(a.agency) === agencyKey(b.agency);

/** Findings that went away, stayed and appeared from `from` to `to`, matched by fingerprint. */
export const compareReports = (from: StoredReport, to: StoredReport): VersionComparison => {
  const before = reviewFindings(from);
  const after = reviewFindings(to);
  const inFrom = new Map(before.map((f) => [f.fingerprint, f]));
  const inTo = new Set(after.map((f) => f.fingerprint));
  return {
    fromId: from.id,
    toId: to.id,
    fixed: before.filter((f) => !inTo.has(f.fingerprint)),
    stillOpen: after
      .filter((f) => inFrom.has(f.fingerprint))
      .map((f) => ({ ...f, before: inFrom.get(f.fingerprint)?.decision ?? null })),
    new: after.filter((f) => !inFrom.has(f.fingerprint)),
  };
};

/**
 * Every version of the report's agency and year in import order (the store lists reports in
 * import order), which one the asked report is, and its comparison with the version before.
 */
export const reportVersions = async (
  store: ReviewStore,
  reportId: string,
): Promise<ReportVersions> => {
  const all = await store.listReports();
  const self = all.find((r) => r.id === reportId);
  if (!self)
    throw new ServiceError('NOT_FOUND', `找不到报告（编号 ${reportId}），它可能已被移除。`);
  const versions = all.filter((r) => r.id === self.id || sameReport(r, self));
  const at = versions.findIndex((r) => r.id === self.id);
  const previous = at > 0 ? versions[at - 1] : undefined;
  return {
    versions: versions.map((r, i) => ({
      id: r.id,
      version: i + 1,
      fileName: r.fileName,
      importedAt: r.importedAt,
    })),
    current: at + 1,
    comparison: previous ? compareReports(previous, self) : null,
  };
};
