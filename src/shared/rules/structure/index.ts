// The structure rules, in catalogue order.
import type { Rule } from '../types';
import { headingNumbering } from './heading-numbering';
import { introParts } from './intro-parts';
import { outdatedFormat } from './outdated-format';
import { sectionMissing } from './section-missing';
import { sectionOrder } from './section-order';
import { title } from './title';

export const structureRules: readonly Rule[] = [
  title,
  sectionMissing,
  sectionOrder,
  headingNumbering,
  outdatedFormat,
  introParts,
];
