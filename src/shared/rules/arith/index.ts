// The arith rules.
import type { Rule } from '../types';

export const arithRules: readonly Rule[] = [];
