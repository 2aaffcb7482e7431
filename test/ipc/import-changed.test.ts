// The import answers which reports stored before it had their findings changed by it (a peer's
// content.copied judged again, next year's report checked again), so the page reloads an open
// one. Real reports: 牧野区司法局's and 渠县司法局's 2024 reports, and a copy sent in by another agency.
import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../src/shared/ipc/contract';
import { dispatch } from '../../src/main/services/dispatch';
import { createHandlers } from '../../src/main/services/handlers';
import { buildReportText, consistentCells } from '../support/report-builder';
import { copiedSetup, muye, quxian } from '../support/copied-reports';

const copyOf = (agency: string): string => muye.replaceAll('牧野区', agency);

describe('the ids an import changed', () => {
  it('names the stored report a new copy changed', async () => {
    const { service, write } = copiedSetup();
    const first = await service.importReporting([write('牧野区司法局2024.txt', muye)]);
    expect(first.changed).toEqual([]);
    // Through the IPC contract, as the page gets it.
    const handlers = createHandlers(service, { chooseFiles: async () => [] });
    const answer = (await dispatch(
      handlers,
      'report:import',
      { paths: [write('卫辉市司法局2024.txt', copyOf('卫辉市'))] },
      { emit: () => {} },
    )) as IpcResult<{ changed: string[] }>;
    expect(answer.ok && answer.value.changed).toEqual([first.reports[0]!.id]);
  });

  it('names nothing when nothing stored changed', async () => {
    const { service, write } = copiedSetup();
    const file = write('牧野区司法局2024.txt', muye);
    await service.importReporting([file]);
    // A report in its own words copies nobody, and the same file again adds nothing.
    const next = await service.importReporting([write('渠县司法局2024.txt', quxian), file]);
    expect(next).toMatchObject({ duplicates: ['牧野区司法局2024.txt'], changed: [] });
  });

  it('leaves out the reports the import itself added', async () => {
    const { service, write } = copiedSetup();
    const both = await service.importReporting([
      write('牧野区司法局2024.txt', muye),
      write('卫辉市司法局2024.txt', copyOf('卫辉市')),
    ]);
    expect(both.reports).toHaveLength(2);
    expect(both.changed).toEqual([]);
  });

  it('names next year’s report when last year’s arrives after it', async () => {
    const { service, write } = copiedSetup();
    const agency = '某县住房和城乡建设局';
    const text = (year: number, n: number) =>
      buildReportText({ agency, year, cells: consistentCells(n) });
    const current = await service.importReporting([write('住建-2024.txt', text(2024, 5))]);
    const last = await service.importReporting([write('住建-2023.txt', text(2023, 3))]);
    expect(last.changed).toEqual([current.reports[0]!.id]);
  });
});
