// The letter's channels (preview, settings, save with its 文号), showing a saved export in the
// file manager, and printing the window.
import { resolve } from 'node:path';
import type { ExportSaved } from '../../shared/ipc/exports';
import type { LetterSettingsStore } from '../settings/letter-settings';
import type { Handlers } from './dispatch';
import { ServiceError } from './errors';
import type { ExportFile, ExportService } from './export-service';

type LetterChannels =
  | 'export:letter'
  | 'letter:preview'
  | 'letter:settings-get'
  | 'letter:settings-set'
  | 'shell:show-in-folder'
  | 'window:print';

export interface LetterHandlerDeps {
  exporter: () => ExportService;
  settings: LetterSettingsStore;
  save: (file: ExportFile) => Promise<ExportSaved>;
  /** Paths this session saved exports to: the only ones the page may ask to show. */
  saved: ReadonlySet<string>;
  showItemInFolder?: (path: string) => void;
  print?: () => Promise<boolean>;
}

export const letterHandlers = (d: LetterHandlerDeps): Pick<Handlers, LetterChannels> => ({
  'letter:preview': async (req) => d.exporter().letterPreview(req, d.settings.get()),
  'export:letter': async (req) => {
    const saved = await d.save(await d.exporter().letter(req, d.settings.get()));
    // The 序号 is used only once a letter carrying it is written.
    if (saved.path !== null) d.settings.advanceNumber();
    return saved;
  },
  'letter:settings-get': async () => ({ settings: d.settings.get(), problem: d.settings.problem }),
  'letter:settings-set': async (req) => ({ settings: d.settings.set(req) }),
  'shell:show-in-folder': async ({ path }) => {
    if (!d.saved.has(resolve(path))) {
      throw new ServiceError('PATH_NOT_GRANTED', '只能打开本次导出的文件所在的文件夹。');
    }
    if (!d.showItemInFolder) {
      throw new ServiceError('INTERNAL', '当前环境不能打开文件夹，请按显示的路径自行打开。');
    }
    d.showItemInFolder(path);
    return { shown: true };
  },
  'window:print': async () => {
    if (!d.print) throw new ServiceError('INTERNAL', '当前环境不能打印。');
    return { printed: await d.print() };
  },
});
