// The table rules.
import type { Rule } from '../types';

export const tableRules: readonly Rule[] = [];
