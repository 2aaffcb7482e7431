// The arith rules, in catalogue order.
import type { Rule } from '../types';
import { feeUnit } from './fee-unit';
import { requestsBalance } from './requests-balance';
import { requestsResultsTotal } from './requests-results-total';
import { requestsRowTotal } from './requests-row-total';
import { reviewTotal } from './review-total';
import { validFloor } from './valid-floor';

export const arithRules: readonly Rule[] = [
  requestsBalance,
  requestsResultsTotal,
  requestsRowTotal,
  reviewTotal,
  validFloor,
  feeUnit,
];
