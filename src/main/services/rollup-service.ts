// The roll-up channels: the area's sums, register and chart figures (rollup:get) and its files
// (export:rollup), over the review service's public calls, so either store serves it.
import type { ExportSaved } from '../../shared/ipc/exports';
import type { IpcParsedRequest, IpcResponse } from '../../shared/ipc/contract';
import type { RollupArea, RollupView } from '../../shared/rollup/view';
import { agencyKey } from '../storage/agency-key';
import { writeRegisterXlsx, writeRollupFile } from '../export/rollup-files';
import { rollupTitle } from '../export/rollup-title';
import { rollupArea, type RollupRecord } from '../rollup';
import type { ExportFile } from './export-service';
import type { ReviewService } from './review-service';

/**
 * The reports as roll-up records. Versions as the app counts them (services/versions.ts): the
 * reports of one agency (by key) and year in import order.
 */
export const recordsFromService = async (service: ReviewService): Promise<RollupRecord[]> => {
  const seen = new Map<string, number>();
  const out: RollupRecord[] = [];
  for (const summary of await service.listReports()) {
    const d = await service.getReport(summary.id);
    const key = summary.agency ? agencyKey(summary.agency) : null;
    const group =
      key !== null && summary.year !== null && !summary.error ? `${key}|${summary.year}` : null;
    const version = group ? (seen.get(group) ?? 0) + 1 : 1;
    if (group) seen.set(group, version);
    out.push({
      id: summary.id,
      agency: summary.agency,
      agencyKey: key,
      fileName: summary.fileName,
      year: summary.year,
      version,
      raw: d.raw,
      error: summary.error?.message ?? null,
      corrections: d.corrections,
      status: summary.status,
      history: d.history,
      findings: d.findings.map((f) => ({
        severity: f.severity,
        dismissed: f.decision?.decision === 'dismissed',
      })),
    });
  }
  return out;
};

export const rollupOf = async (service: ReviewService, area: RollupArea): Promise<RollupView> =>
  rollupArea(await recordsFromService(service), area);

/** The file of an export:rollup request, before the reviewer says where to save it. */
export const rollupExportFile = async (
  service: ReviewService,
  req: IpcParsedRequest<'export:rollup'>,
): Promise<ExportFile> => {
  const view = await rollupOf(service, req.area);
  const title = rollupTitle(view);
  if (req.kind === 'register') {
    return {
      bytes: await writeRegisterXlsx(view),
      suggestedName: `${view.area.name}${view.area.year}年度审核情况汇总表.xlsx`,
      extension: 'xlsx',
      items: view.register.length,
      unplaced: 0,
    };
  }
  const name = `${title}.${req.kind}`;
  return {
    bytes: await writeRollupFile(view, name),
    suggestedName: name,
    extension: req.kind,
    items: view.rollup.members.length,
    unplaced: view.rollup.excluded.length,
  };
};

/** The handlers of the two channels; `save` asks where to write a file and writes it. */
export const rollupHandlers = (
  service: ReviewService,
  save: (file: ExportFile) => Promise<ExportSaved>,
): {
  'rollup:get': (req: IpcParsedRequest<'rollup:get'>) => Promise<IpcResponse<'rollup:get'>>;
  'export:rollup': (req: IpcParsedRequest<'export:rollup'>) => Promise<ExportSaved>;
} => ({
  'rollup:get': (area) => rollupOf(service, area),
  'export:rollup': async (req) => save(await rollupExportFile(service, req)),
});
