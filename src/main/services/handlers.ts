// The IPC handlers: each channel of the contract mapped onto the review service. The platform
// part (the open dialog) comes from the Electron glue, or from the browser test harness.
import { resolve } from 'node:path';
import type { ExportSaved } from '../../shared/ipc/exports';
import { LetterSettingsStore } from '../settings/letter-settings';
import type { Handlers } from './dispatch';
import { ServiceError } from './errors';
import { saveExport, type ExportFile, type ExportService } from './export-service';
import { letterHandlers } from './letter-handlers';
import type { ReviewService } from './review-service';
import { rollupHandlers } from './rollup-service';
import type { SourceService } from './source';

/** What only the desktop shell can do. */
export interface Platform {
  /** Shows the open dialog; resolves to the chosen paths (empty when cancelled). */
  chooseFiles(): Promise<string[]>;
  /** Shows the save dialog for an export; resolves to the chosen path, null when cancelled. */
  chooseSavePath?(suggestedName: string, extension: string): Promise<string | null>;
  /** Shows a file in the file manager (shell.showItemInFolder). */
  showItemInFolder?(path: string): void;
  /** Prints the window (webContents.print); resolves to false when cancelled. */
  print?(): Promise<boolean>;
}

/** Asks where to save a file made in main, writes it there and says where it went. */
const saveWith =
  (platform: Platform, saved: Set<string>) =>
  async (file: ExportFile): Promise<ExportSaved> => {
    if (!platform.chooseSavePath) {
      throw new ServiceError('INTERNAL', '当前环境不能显示保存对话框，无法导出。');
    }
    const chosen = await platform.chooseSavePath(file.suggestedName, file.extension);
    const path = chosen ? await saveExport(chosen, file) : null;
    if (path) saved.add(resolve(path));
    return { path, items: file.items, unplaced: file.unplaced };
  };

/** The export channels need the export service; without it they answer with a Chinese error. */
const need = (exporter: ExportService | undefined): ExportService => {
  if (!exporter) throw new ServiceError('INTERNAL', '导出功能未启用。');
  return exporter;
};

/** What `report:source` answers when no source service was wired in. */
const NO_SOURCE = {
  kind: 'unavailable',
  message: '此版本未提供原文视图，请使用「文本」视图。',
} as const;

export const createHandlers = (
  service: ReviewService,
  platform: Platform,
  sources?: SourceService,
  exporter?: ExportService,
  /** The office's letter settings (default: kept in memory for this run). */
  letterSettings: LetterSettingsStore = new LetterSettingsStore(null),
): Handlers => {
  const saved = new Set<string>();
  const save = saveWith(platform, saved);
  return {
    'dialog:open': async () => ({ paths: service.grantPaths(await platform.chooseFiles()) }),
    'report:import': async ({ paths }, ctx) =>
      service.importReporting(paths, (p) => ctx.emit('batch:progress', p)),
    'report:list': async () => ({ reports: await service.listReports() }),
    'report:get': async ({ id }) => service.getReport(id),
    'finding:decide': async (req) => service.decide(req),
    'comment:add': async (req) => service.addComment(req),
    'finding:decide-many': async (req) => service.decideMany(req),
    'comment:edit': async (req) => service.editComment(req),
    'comment:delete': async (req) => service.deleteComment(req),
    'cell:correct': async (req) => service.correctCell(req),
    'report:status': async (req) => ({ summary: await service.setStatus(req) }),
    'import:cancel': async () => ({ cancelled: service.cancelImport() }),
    'report:source': async ({ id }) => (sources ? sources.getSource(id) : NO_SOURCE),
    'export:issues': async (req) => save(await need(exporter).issueList(req)),
    'export:annotated': async (req) => save(await need(exporter).annotated(req)),
    'report:versions': async ({ reportId }) => need(exporter).versions(reportId),
    ...rollupHandlers(service, save),
    ...letterHandlers({
      exporter: () => need(exporter),
      settings: letterSettings,
      save,
      saved,
      showItemInFolder: platform.showItemInFolder?.bind(platform),
      print: platform.print?.bind(platform),
    }),
    'register:list': async () => ({ rows: await service.register() }),
    'register:edit': async (req) => ({ rows: await service.editSubmission(req) }),
    'register:remove': async ({ reportId }) => service.removeSubmission(reportId),
    'register:restore': async ({ reportId }) => ({
      rows: await service.restoreSubmission(reportId),
    }),
    'agency:merge': async ({ into, from }) => service.mergeAgencies(into, from),
  };
};
