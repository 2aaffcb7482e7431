// The structure rules.
import type { Rule } from '../types';

export const structureRules: readonly Rule[] = [];
