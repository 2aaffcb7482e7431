// The 文号's 序号 counts within a year: the first letter dated in a new year is 1 again, unless
// the reviewer set the number for that year (a counter carried on from a paper register).
import type { LetterSettings } from '../../shared/ipc/letter';

/** The date a letter carries: the one set in 意见书设置, or the day it is made. */
export const letterDate = (settings: Pick<LetterSettings, 'date'>, today: Date): Date =>
  settings.date ? new Date(`${settings.date}T00:00:00`) : today;

/** The counter as it stands for letters dated in `year`. */
export const counterFor = (
  settings: Pick<LetterSettings, 'nextNumber' | 'numberYear'>,
  year: number,
): { nextNumber: number; numberYear: number } =>
  settings.numberYear !== null && settings.numberYear !== year
    ? { nextNumber: 1, numberYear: year }
    : { nextNumber: settings.nextNumber, numberYear: year };
