// The office's letter settings (发文机关, 主送, 文号 and its counter, 落款, date), kept as a small
// JSON file in the app's data folder. App settings, not the workspace: they belong to the office
// desk rather than to a batch of reports, and a workspace is handed to colleagues and merged —
// two merged counters would give two letters one 文号.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import {
  defaultLetterSettings,
  letterSettingsSchema,
  type LetterSettings,
} from '../../shared/ipc/letter';
import { counterFor, letterDate } from '../export/letter-number';
import { ServiceError } from '../services/errors';

export class LetterSettingsStore {
  /** Null: kept in memory only (a run without an app data folder). */
  private readonly file: string | null;
  private current: LetterSettings;
  /** Set when the file on disk could not be read; it is kept aside, never silently overwritten. */
  readonly problem: string | null;

  /** The clock that says which year a letter without a set date is of. */
  private readonly now: () => Date;

  constructor(file: string | null, options: { now?: () => Date } = {}) {
    this.file = file;
    this.now = options.now ?? (() => new Date());
    const loaded = file
      ? readSettings(file)
      : { settings: { ...defaultLetterSettings }, problem: null };
    this.current = loaded.settings;
    this.problem = loaded.problem;
  }

  /** The settings, the 序号 as it stands for the next letter's year (1 in a new year). */
  get(): LetterSettings {
    return { ...this.current, ...counterFor(this.current, this.yearOf(this.current)) };
  }

  /**
   * Validates and saves; the Chinese message names the first bad field. The 序号 is the one shown
   * for the year `get` gave with it (`numberYear`; the year of the settings saved before when
   * none is sent), not for the year of a date changed in the same save. A 序号 the reviewer
   * changed becomes that year's counter, kept through the year; one left as shown leaves the
   * counter as it was (a 1 shown for another year does not wipe this year's count).
   */
  set(input: unknown): LetterSettings {
    const parsed = letterSettingsSchema.safeParse(input);
    if (!parsed.success) {
      throw new ServiceError('CONFLICT', `意见书设置未保存：${parsed.error.issues[0]!.message}`);
    }
    const shownFor = parsed.data.numberYear ?? this.yearOf(this.current);
    const shown = counterFor(this.current, shownFor);
    const counter =
      parsed.data.nextNumber === shown.nextNumber
        ? {
            nextNumber: this.current.nextNumber,
            numberYear: this.current.numberYear ?? shownFor,
          }
        : { nextNumber: parsed.data.nextNumber, numberYear: shownFor };
    this.write({ ...parsed.data, ...counter });
    return this.get();
  }

  /** Called once a letter carrying the current 序号 was saved: the next letter gets the next. */
  advanceNumber(): void {
    if (this.current.numberPattern === '') return;
    const used = this.get();
    this.write({ ...used, nextNumber: used.nextNumber + 1 });
  }

  private yearOf(settings: LetterSettings): number {
    return letterDate(settings, this.now()).getFullYear();
  }

  private write(settings: LetterSettings): void {
    if (this.file === null) {
      this.current = settings;
      return;
    }
    const temp = `${this.file}.tmp`;
    try {
      writeFileSync(temp, `${JSON.stringify(settings, null, 2)}\n`, 'utf8');
      renameSync(temp, this.file); // atomic: a crash leaves the old file or the new one
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      throw new ServiceError('INTERNAL', `意见书设置未能保存到「${this.file}」（${code}）。`);
    }
    this.current = settings;
  }
}

const readSettings = (file: string): { settings: LetterSettings; problem: string | null } => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { settings: { ...defaultLetterSettings }, problem: null }; // first start
  }
  try {
    const parsed = letterSettingsSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { settings: parsed.data, problem: null };
  } catch {
    // not JSON: handled below
  }
  const aside = `${file}.unreadable`;
  try {
    renameSync(file, aside);
  } catch {
    // read-only folder: the defaults still work, the next save reports the problem
  }
  return {
    settings: { ...defaultLetterSettings },
    problem: `意见书设置文件无法读取，已改用默认设置（原文件另存为「${aside}」）。`,
  };
};
