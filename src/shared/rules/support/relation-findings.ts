// Turns broken relations and culprits into findings with Chinese messages a reviewer can act on.
import { cellPath } from '../../model/form';
import type { Span } from '../../model/schema';
import { cellName, columnLabel, fmt, rowLabel } from './places';
import type { RuleContext } from '../types';
import { analyzeRequests } from './culprits';
import { relationCells, type Evaluated, type RelationKind } from './relations';

const spansOf = (ctx: RuleContext, paths: readonly string[]): Span[] =>
  paths.flatMap((p) => {
    const s = ctx.cell(p)?.span;
    return s ? [s] : [];
  });

const col = (rel: Evaluated): string => columnLabel(cellPath('requests', '1', rel.along)) + '列';

/** One relation in a clause: what adds up to what. */
const clause = (rel: Evaluated): string => {
  const e = fmt(rel.expected);
  const a = fmt(rel.actual);
  switch (rel.kind) {
    case 'balance':
      return `${col(rel)}一 + 二 = ${e}，（七）总计 + 四 = ${a}`;
    case 'results':
      return `${col(rel)}各项办理结果之和 ${e}，（七）总计 ${a}`;
    case 'rowTotal':
      return `「${rowLabel('requests', rel.along)}」一行各类申请人之和 ${e}，总计 ${a}`;
    case 'review':
      return `「${rowLabel('review', rel.along)}」四项结果之和 ${e}，总计 ${a}`;
  }
};

/** The finding for one broken relation that no single cell explains. */
export const reportRelation = (ctx: RuleContext, rel: Evaluated): void => {
  const e = fmt(rel.expected);
  const a = fmt(rel.actual);
  const total = rel.totals[0]!;
  const base = {
    spans: spansOf(ctx, rel.totals),
    cells: relationCells(rel),
    expected: rel.expected,
    actual: rel.actual,
  };
  if (rel.kind === 'balance') {
    const v = (row: string): string => fmt(ctx.cell(cellPath('requests', row, rel.along))!.value!);
    ctx.report({
      ...base,
      message: `表三${col(rel)}勾稽关系不成立：一、本年新收 ${v('1')} + 二、上年结转 ${v('2')} = ${e}，而（七）总计 ${v('3.7')} + 四、结转下年度 ${v('4')} = ${a}，两者应相等。`,
      suggestion: '请核对该列的本年新收、上年结转、办理结果和结转下年度数字。',
    });
    return;
  }
  const what = {
    results: '各项办理结果之和',
    rowTotal: '自然人及五类法人或其他组织之和',
    review: '结果维持、结果纠正、其他结果、尚未审结之和',
  }[rel.kind];
  ctx.report({
    ...base,
    message: `${cellName(total)}应为 ${e}（${what}），实为 ${a}。`,
    suggestion: `若各分项无误，请将总计改为 ${e}；否则请核对各分项。`,
  });
};

/**
 * Reports table 三's broken relations of one kind: the culprits this kind owns (one finding per
 * wrong cell, naming all the relations it breaks) and the relations no culprit explains.
 */
export const reportRequests = (ctx: RuleContext, kind: RelationKind): void => {
  const { culprits, unexplained } = analyzeRequests(ctx.doc);
  for (const c of culprits) {
    if (c.owner !== kind) continue;
    const cells = [...new Set([c.path, ...c.relations.flatMap(relationCells)])];
    ctx.report({
      message: `${cellName(c.path)}填的 ${fmt(c.actual)} 可能有误：它所在的 ${c.relations.length} 处勾稽关系都不成立（${c.relations.map(clause).join('；')}）。若其他数字无误，该格应为 ${fmt(c.expected)}，改正后这些关系都能成立。`,
      spans: spansOf(ctx, [c.path]),
      cells,
      expected: c.expected,
      actual: c.actual,
      suggestion: `核对该格，若其他数字无误，改为 ${fmt(c.expected)}。`,
    });
  }
  for (const rel of unexplained) if (rel.kind === kind) reportRelation(ctx, rel);
};
