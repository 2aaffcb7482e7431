// The content rules.
import type { Rule } from '../types';

export const contentRules: readonly Rule[] = [];
