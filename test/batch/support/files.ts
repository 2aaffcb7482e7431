// Sample report paths for the batch tests.
import { join } from 'node:path';

const samples = join(import.meta.dirname, '..', '..', 'fixtures', 'samples');

const STEMS = {
  '000': '000_a5e6e1e0a8da6139',
  '001': '001_f5110ba79a44df9c',
  '002': '002_73996fd1531b3677',
  '003': '003_bd471127bf420aa0',
  '004': '004_e6a1a50ddf61be61',
} as const;

/** A sample report by its number and extension, e.g. sample('000', 'pdf'). */
export const sample = (n: keyof typeof STEMS, ext: 'txt' | 'docx' | 'pdf'): string =>
  join(samples, `${STEMS[n]}.${ext}`);

/** The agency each sample names in its title. */
export const AGENCY: Record<keyof typeof STEMS, string> = {
  '000': '牧野区司法局',
  '001': '孟津区司法局',
  '002': '佳木斯市前进区司法局',
  '003': '攀枝花市西区司法局',
  '004': '渠县司法局',
};
