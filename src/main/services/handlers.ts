// The IPC handlers: each channel of the contract mapped onto the review service. The platform
// part (the open dialog) comes from the Electron glue, or from the browser test harness.
import type { Handlers } from './dispatch';
import type { ReviewService } from './review-service';

/** What only the desktop shell can do. */
export interface Platform {
  /** Shows the open dialog; resolves to the chosen paths (empty when cancelled). */
  chooseFiles(): Promise<string[]>;
}

export const createHandlers = (service: ReviewService, platform: Platform): Handlers => ({
  'dialog:open': async () => ({ paths: service.grantPaths(await platform.chooseFiles()) }),
  'report:import': async ({ paths }, ctx) => ({
    reports: await service.importFiles(paths, (p) => ctx.emit('batch:progress', p)),
  }),
  'report:list': async () => ({ reports: await service.listReports() }),
  'report:get': async ({ id }) => service.getReport(id),
  'finding:decide': async (req) => service.decide(req),
  'comment:add': async (req) => service.addComment(req),
  'cell:correct': async (req) => service.correctCell(req),
  'report:status': async (req) => ({ summary: await service.setStatus(req) }),
});
