// The roll-up channels: the area's sums, register and chart figures (rollup:get) and its files
// (export:rollup), from the review service's workspace read as `nianbao rollup` reads it.
import type { ExportSaved } from '../../shared/ipc/exports';
import type { IpcParsedRequest, IpcResponse } from '../../shared/ipc/contract';
import type { RollupArea, RollupView } from '../../shared/rollup/view';
import { writeRegisterXlsx, writeRollupFile } from '../export/rollup-files';
import { rollupTitle } from '../export/rollup-title';
import { rollupArea } from '../rollup';
import { rollupRecords } from '../rollup/workspace-records';
import type { ExportFile } from './export-service';
import type { ReviewService } from './review-service';

export const rollupOf = async (service: ReviewService, area: RollupArea): Promise<RollupView> =>
  rollupArea(rollupRecords(service.workspace), area);

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
