// The table rules, in catalogue order.
import type { Rule } from '../types';
import { cellBlank } from './cell-blank';
import { cellInvalid } from './cell-invalid';
import { digitsFused } from './digits-fused';
import { extraCells } from './extra-cells';
import { missing } from './missing';
import { moneyInCountRule } from './money-in-count';
import { rowLabelTypo } from './row-label';
import { ocrUncertain } from './ocr-uncertain';
import { rowMissing } from './row-missing';

export const tableRules: readonly Rule[] = [
  missing,
  rowMissing,
  rowLabelTypo,
  digitsFused,
  cellBlank,
  cellInvalid,
  moneyInCountRule,
  extraCells,
  ocrUncertain,
];
