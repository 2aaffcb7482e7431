// consistency.requests-prose-balance: an account of applications that does not add up in itself
// ("受理申请11件……办结8件，结转下一年办理1件"). Without table 三's figures nothing else checks
// it. Only a paragraph that states received, handled and pending once each (carried over at
// most once, nothing ambiguous) is judged; received may include the carried-over ones.
import { defineRule } from '../types';
import { applicationStatements, type ApplicationStatement } from '../support/applications';
import { sumCells } from '../support/cells';
import { quoteClause } from '../support/narrative';

/** Words of an earlier year's applications, read as carried over or not. */
const PREVIOUS_YEAR = /上一?年|去年|往年|以前年度|前一?年/;

const TABLE_TOTALS = ['requests/1/total', 'requests/3.7/total', 'requests/4/total'];

/** The statements of each paragraph, in order. */
const byParagraph = (
  sentences: ReadonlyArray<{ paragraphEnd: boolean }>,
  statements: readonly ApplicationStatement[],
): ApplicationStatement[][] => {
  const paragraphOf = new Map<unknown, number>();
  let p = 0;
  for (const s of sentences) {
    paragraphOf.set(s, p);
    if (s.paragraphEnd) p++;
  }
  const groups = new Map<number, ApplicationStatement[]>();
  for (const st of statements) {
    const key = paragraphOf.get(st.sentence) ?? -1;
    groups.set(key, [...(groups.get(key) ?? []), st]);
  }
  return [...groups.values()];
};

export const requestsProseBalance = defineRule({
  meta: {
    id: 'consistency.requests-prose-balance',
    category: 'consistency',
    severity: 'warning',
    title: '正文申请数前后不符',
    description:
      '正文同一段写明了本年收到（受理）、办结和结转下年度的政府信息公开申请件数时，收到数（加上年结转数）应等于办结数加结转下年度数。只在没有读到表三数字时检查（有表三时由“正文申请数与表三不符”核对）；收到数已含上年结转的也视为相符。',
  },
  check(ctx) {
    if (TABLE_TOTALS.some((p) => sumCells(ctx, [p]) !== null)) return;
    const sentences = ctx.narrative({ semicolons: false });
    const statements = applicationStatements(sentences, ctx.doc.report.year);
    for (const group of byParagraph(sentences, statements)) {
      if (group.some((s) => s.negated || s.kind === 'generic')) continue;
      const of = (kind: ApplicationStatement['kind']) => group.filter((s) => s.kind === kind);
      const [received, handled, pending, carried] = [
        of('received'),
        of('handled'),
        of('pending'),
        of('carried'),
      ];
      if (received.length !== 1 || handled.length !== 1 || pending.length !== 1) continue;
      if (carried.length > 1) continue;
      // A carry-over from last year in words the reading missed ("上一年度转办4件"): unknown.
      const text = [...new Set(group.map((st) => st.sentence))].map((x) => x.text).join('');
      if (carried.length === 0 && PREVIOUS_YEAR.test(text)) continue;
      const r = received[0]!.value;
      const c = carried[0]?.value ?? 0;
      const out = handled[0]!.value + pending[0]!.value;
      if (r + c === out || r === out) continue;
      const parts = [received[0]!, ...carried, handled[0]!, pending[0]!];
      const said = parts.map((s) => `「${quoteClause(s.clause.text)}」`).join('、');
      ctx.report({
        message: `正文${said}前后不符：收到${c ? '及上年结转' : ''} ${r + c} 件，办结 ${handled[0]!.value} 件加结转下年度 ${pending[0]!.value} 件为 ${out} 件`,
        spans: [...new Set(parts.map((s) => s.sentence))].map((s) => s.span),
        expected: r + c,
        actual: out,
        suggestion: '核实本年收到、办结和结转下年度的申请件数，使三者相符',
      });
    }
  },
});
