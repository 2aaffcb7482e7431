// The year rules, in catalogue order.
import type { Rule } from '../types';
import { deadline } from './deadline';
import { mismatch } from './mismatch';
import { stale } from './stale';

export const yearRules: readonly Rule[] = [mismatch, stale, deadline];
