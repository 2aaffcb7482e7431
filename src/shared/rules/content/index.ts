// The content rules, in catalogue order.
import type { Rule } from '../types';
import { copied } from './copied';
import { feeStatement } from './fee-statement';
import { otherAgency } from './other-agency';
import { overviewElements } from './overview-elements';
import { problemsImprovements } from './problems-improvements';
import { zeroDisclosure } from './zero-disclosure';

export const contentRules: readonly Rule[] = [
  feeStatement,
  problemsImprovements,
  overviewElements,
  zeroDisclosure,
  copied,
  otherAgency,
];
