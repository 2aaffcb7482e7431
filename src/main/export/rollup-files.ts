// The roll-up's files by extension: the workbook or the Word 汇总表.
import type { RollupView } from '../../shared/rollup/view';
import { writeRollupDocx } from './rollup-docx';
import { writeRollupXlsx } from './rollup-xlsx';

export { writeRegisterXlsx } from './register-xlsx';

export const writeRollupFile = (view: RollupView, name: string): Promise<Uint8Array> =>
  /\.docx$/i.test(name) ? writeRollupDocx(view) : writeRollupXlsx(view);
