// The year rules.
import type { Rule } from '../types';

export const yearRules: readonly Rule[] = [];
