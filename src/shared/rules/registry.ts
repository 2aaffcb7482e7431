// The catalogue: every rule, by category. A category's folder lists its own rules.
import type { Rule } from './types';
import { structureRules } from './structure';
import { tableRules } from './table';
import { arithRules } from './arith';
import { consistencyRules } from './consistency';
import { yearRules } from './year';
import { contentRules } from './content';
import { textRules } from './text';

export const allRules: readonly Rule[] = [
  ...structureRules,
  ...tableRules,
  ...arithRules,
  ...consistencyRules,
  ...yearRules,
  ...contentRules,
  ...textRules,
];

export const ruleById = (id: string): Rule | undefined => allRules.find((r) => r.meta.id === id);
