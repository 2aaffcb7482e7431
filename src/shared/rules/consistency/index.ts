// The consistency rules.
import type { Rule } from '../types';

export const consistencyRules: readonly Rule[] = [];
