// The text rules.
import type { Rule } from '../types';

export const textRules: readonly Rule[] = [];
