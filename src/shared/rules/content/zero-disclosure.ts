// content.zero-disclosure: a report claiming that nothing at all was published proactively.
import type { Span } from '../../model/schema';
import { viewRangeToBase } from '../../text/prose';
import { defineRule } from '../types';
import { placeOf, quote } from '../support/prose';

const ZERO = '(?:0|零)\\s*(?:[条件篇则项个]|(?=$))';
const KINDS = '(?:各类|各项|政府|政务|工作|动态)?';

/** "共公开各类信息0条", "主动公开政府信息0条", "发布信息0篇", "信息主动公开数量为0". */
const ZERO_CLAIM = new RegExp(
  [
    `(?:主动)?(?:公开|发布|推送)(?:了)?${KINDS}信息(?:数|数量|总数|总量)?(?:共|合计|共计|为|计)?\\s*${ZERO}`,
    `信息(?:主动)?公开(?:数|数量|总数|总量)(?:共|合计|共计|为|计)?\\s*${ZERO}`,
    `主动公开[^，,。；;\\d]{0,12}?${ZERO}`,
  ].join('|'),
);

/** A count of something published: what shows that the agency did publish. */
const PUBLISHED =
  /(?:公开|发布|推送|更新|推出)[^，,。；;\d]{0,14}?(?<![\d.])[1-9]\d*\s*(?:余|多)?\s*[条件篇则项期个]/;

/** Clauses about requests, tables or single document types are not about disclosure overall. */
const OTHER_SUBJECT =
  /申请|依申|不予|复议|诉讼|规章|规范性文件|许可|处罚|强制|收费|决定|回复|答复|访谈|专题|咨询/;

export const zeroDisclosure = defineRule({
  meta: {
    id: 'content.zero-disclosure',
    category: 'content',
    severity: 'warning',
    title: '主动公开信息为零',
    description:
      '报告称本年度主动公开政府信息 0 条（如“共公开各类信息0条”）。行政机关每年至少要主动公开部门预决算等法定信息，全年零公开几乎不可能，多为漏填或照抄模板。报告中另有公开信息条数的不提示。',
  },
  check(ctx) {
    const view = ctx.prose();
    const sentences = ctx.sentences();
    const claims: Array<{ span: Span; clause: string }> = [];
    let published = false;
    for (const s of sentences) {
      let from = 0;
      for (const raw of s.text.split(/[，,；;]/)) {
        const at = from;
        from += raw.length + 1;
        const clause = raw.trim().replace(/[。！？!?]+$/, '');
        if (clause === '' || OTHER_SUBJECT.test(clause)) continue;
        if (PUBLISHED.test(clause)) published = true;
        if (!ZERO_CLAIM.test(clause)) continue;
        const start = s.start + at + (raw.length - raw.trimStart().length);
        claims.push({ span: viewRangeToBase(view, start, start + clause.length), clause });
      }
    }
    if (published) return;
    const first = claims[0];
    if (!first) return;
    ctx.report({
      message: `${placeOf(ctx.doc, first.span[0])}称「${quote(ctx.text.slice(...first.span))}」，即本年度没有主动公开任何政府信息；行政机关每年至少应主动公开部门预决算等法定信息，该数字很可能有误`,
      spans: claims.map((c) => c.span),
      expected: '大于 0',
      actual: 0,
      suggestion: '核实本年度主动公开政府信息的条数并更正；如确实未公开，应说明原因',
    });
  },
});
