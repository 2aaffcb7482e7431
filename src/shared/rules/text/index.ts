// The text rules, in catalogue order.
import type { Rule } from '../types';
import { artifact } from './artifact';
import { placeholder } from './placeholder';
import { punctuation } from './punctuation';
import { typo } from './typo';
import { yearUnit } from './year-unit';

export const textRules: readonly Rule[] = [placeholder, typo, yearUnit, artifact, punctuation];
