// The consistency rules: the narrative against the tables and against itself, in catalogue order.
import type { Rule } from '../types';
import { activeNarrative } from './active-narrative';
import { carryover } from './carryover';
import { feeNarrative } from './fee-narrative';
import { partsSum } from './parts-sum';
import { percentage } from './percentage';
import { requestsNarrative } from './requests-narrative';
import { requestsProseBalance } from './requests-prose-balance';
import { reviewNarrative } from './review-narrative';
import { validStock } from './valid-stock';

export const consistencyRules: readonly Rule[] = [
  requestsNarrative,
  reviewNarrative,
  activeNarrative,
  feeNarrative,
  partsSum,
  percentage,
  carryover,
  validStock,
  requestsProseBalance,
];
