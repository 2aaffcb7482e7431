// content.copied: prose repeated word for word from last year's report or another agency's.
import type { Span } from '../../model/schema';
import type { ParsedDocument } from '../../parser/types';
import { defineRule } from '../types';
import { docSentences } from '../support/prose';

/** More than this share of the prose repeated is a finding (宿迁's scoring uses 50 %). */
const THRESHOLD = 0.5;
/** A sentence shorter than this (normalized) is a sub-heading or a stock phrase. */
const MIN_SENTENCE = 12;
/** Below this much prose there is too little to judge. */
const MIN_PROSE = 200;

/** The form's own wording and the usual opening formula, which every report repeats. */
const FIXED =
  /统计期限|统计时限|统计期间|所列数据|本报告(?:由|包括|分为|中)|年度报告(?:由|包括|分为)|电子版|如对本(?:年度)?报告|联系(?:地址|电话|方式)|邮编|根据《中华人民共和国政府信息公开条例》[^。]{0,40}(?:编制|发布|要求)/;

/** Compared form: no spaces or punctuation, every number as "#" (a changed figure is a copy). */
export const normalizeSentence = (s: string): string =>
  s.replace(/[\s\p{P}\p{S}]+/gu, '').replace(/\d+/g, '#');

interface Piece {
  key: string;
  span: Span;
}

/** A report's comparable prose, worked out once: the import compares every pair of a year. */
interface Prose {
  pieces: Piece[];
  /** The pieces' keys, for looking up another report's sentences. */
  keys: Set<string>;
  /** Their length in all (normalized characters). */
  length: number;
}

const proseCache = new WeakMap<ParsedDocument, Prose>();

/** The comparable sentences of a report: prose, not the title, headings, tables or fixed wording. */
const proseOf = (doc: ParsedDocument): Prose => {
  const cached = proseCache.get(doc);
  if (cached) return cached;
  const fixedLines = doc.headings.map((h) => h.span);
  if (doc.titleSpan) fixedLines.push(doc.titleSpan);
  const pieces = docSentences(doc)
    .filter((s) => !fixedLines.some((h) => s.span[0] < h[1] && h[0] < s.span[1]))
    .filter((s) => !FIXED.test(s.text))
    .map((s) => ({ key: normalizeSentence(s.text), span: s.span }))
    .filter((p) => p.key.length >= MIN_SENTENCE);
  const prose = {
    pieces,
    keys: new Set(pieces.map((p) => p.key)),
    length: pieces.reduce((n, p) => n + p.key.length, 0),
  };
  proseCache.set(doc, prose);
  return prose;
};

/** The share of `own` (by length) whose sentences appear in `other`, and those sentences. */
const copiedShare = (own: Prose, other: Prose): { share: number; spans: Span[] } => {
  let same = 0;
  const spans: Span[] = [];
  for (const p of own.pieces) {
    if (other.keys.has(p.key)) {
      same += p.key.length;
      spans.push(p.span);
    }
  }
  return { share: own.length === 0 ? 0 : same / own.length, spans };
};

/**
 * Whether more than half of `doc`'s prose is `other`'s, as the rule judges a peer: the reports
 * whose finding may name `other`: judged again when `other` comes in (or hides the version they
 * named), leaves, comes back or changes year, so two alike reports name each other.
 */
export const copiesFrom = (doc: ParsedDocument, other: ParsedDocument): boolean => {
  if (doc === other || doc.report.text === other.report.text) return false;
  const own = proseOf(doc);
  if (own.length < MIN_PROSE) return false;
  return copiedShare(own, proseOf(other)).share > THRESHOLD;
};

const percent = (x: number): string => `${Math.round(x * 100)}%`;

export const copied = defineRule({
  meta: {
    id: 'content.copied',
    category: 'content',
    severity: 'warning',
    title: '内容与往年或他人雷同',
    description:
      '正文（不含表格、标题和固定表述）有一半以上的句子与本机关上年度报告或同年其他机关的报告一字不差（数字不同也算相同），属于年报格式所指的“内容雷同”。需要工作区中有上年报告或其他报告。',
    needsWorkspace: true,
  },
  check(ctx) {
    const own = proseOf(ctx.doc);
    if (own.length < MIN_PROSE) return;
    const text = ctx.doc.report.text;
    const previous = ctx.previous;
    if (
      previous &&
      !(previous.report.text === text && previous.report.year === ctx.doc.report.year)
    ) {
      const { share, spans } = copiedShare(own, proseOf(previous));
      if (share > THRESHOLD) {
        const year = previous.report.year ? `${previous.report.year}年度` : '上年度';
        ctx.report({
          message: `正文有 ${percent(share)} 与本机关${year}报告相同（${spans.length} 句一字不差，数字不同的也算相同，表格和固定表述不计），超过一半，内容雷同`,
          spans,
          expected: `不超过 ${percent(THRESHOLD)}`,
          actual: percent(share),
          suggestion: '按本年度实际工作重写雷同部分，写明本年度的具体做法、数据和变化',
        });
      }
    }
    // Against the other agencies' reports of the year: the most similar one, if over the line.
    let best: { share: number; spans: Span[]; peer: ParsedDocument } | null = null;
    for (const peer of ctx.peers) {
      if (peer === ctx.doc || peer.report.text === text) continue;
      const result = copiedShare(own, proseOf(peer));
      if (result.share > THRESHOLD && (!best || result.share > best.share))
        best = { ...result, peer };
    }
    if (best) {
      const who = best.peer.report.agency ?? best.peer.report.title ?? '另一机关';
      ctx.report({
        message: `正文有 ${percent(best.share)} 与「${who}」的报告相同（${best.spans.length} 句一字不差，数字不同的也算相同，表格和固定表述不计），超过一半，内容雷同`,
        spans: best.spans,
        expected: `不超过 ${percent(THRESHOLD)}`,
        actual: percent(best.share),
        suggestion: '按本机关本年度的实际工作重写雷同部分',
      });
    }
  },
});
