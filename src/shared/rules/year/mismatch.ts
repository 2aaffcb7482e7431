// year.mismatch: the title, the statistics period and the account in section 一 name one year.
import type { Span } from '../../model/schema';
import { viewRangeToBase } from '../../text/prose';
import { defineRule } from '../types';
import { bodyYear, periodText, titleYear } from '../support/years';

interface Source {
  kind: 'title' | 'period' | 'body';
  year: number;
  spans: Span[];
  /** How the message names it, e.g. "标题「…」". */
  label: string;
  /** Said after the year, e.g. "（“2023年”出现 5 次）". */
  detail?: string;
}

const says = (s: Source): string => `${s.label}为${s.year}年${s.detail ?? ''}`;

const fixFor = (s: Source, year: number): string =>
  s.kind === 'title'
    ? `将标题中的年份改为${year}年`
    : s.kind === 'period'
      ? `将统计期限改为${year}年1月1日至${year}年12月31日`
      : `核实总体情况所述是否为${year}年的工作（疑为沿用往年报告的内容），并改写为${year}年的情况`;

/**
 * "统计期限自2022年1月1日起至2022年12月20日止": a statistics period of one year that ends before
 * 12月31日 (a full-year period is the parser's; this one it does not take).
 */
const SHORT_PERIOD =
  /统计[^。；;\n]{0,20}?((?:19|20)\d{2})\s*年\s*(?:度\s*)?(?:1|一)\s*月\s*(?:1|一)\s*日\s*(?:起\s*)?(?:至|到|—|－|-|~|～)\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

export const mismatch = defineRule({
  meta: {
    id: 'year.mismatch',
    category: 'year',
    severity: 'error',
    title: '报告年度前后不一致',
    description:
      '标题中的年度、数据统计期限（××××年1月1日至12月31日）与总体情况所述的年份应当一致；不一致的，通常是沿用了往年报告或笔误。统计期限应为一个完整的自然年。',
  },
  check(ctx) {
    const { doc } = ctx;
    const sources: Source[] = [];
    const title = titleYear(doc);
    if (title)
      sources.push({
        kind: 'title',
        year: title.year,
        spans: [title.span],
        label: `标题「${doc.report.title}」`,
      });
    const period = doc.period;
    if (period) {
      const quoted = periodText(doc)!;
      if (period.startYear !== period.endYear) {
        const year = title?.year ?? period.endYear;
        ctx.report({
          message: `统计期限「${quoted}」跨越了${period.startYear}年和${period.endYear}年，应为一个自然年`,
          spans: [period.span],
          expected: `${year}年1月1日至${year}年12月31日`,
          actual: quoted,
          suggestion: `将统计期限改为${year}年1月1日至${year}年12月31日`,
        });
      }
      sources.push({
        kind: 'period',
        year: period.endYear,
        spans: [period.span],
        label: `统计期限「${quoted}」`,
      });
    }
    const short = period ? null : SHORT_PERIOD.exec(ctx.prose().text);
    if (short && (!short[2] || short[2] === short[1]) && `${short[3]}/${short[4]}` !== '12/31') {
      const y = Number(short[1]);
      const from = short.index + short[0].indexOf(short[1]!);
      const span = viewRangeToBase(ctx.prose(), from, short.index + short[0].length);
      ctx.report({
        message: `统计期限「${short[0].slice(from - short.index)}」止于${short[3]}月${short[4]}日，不是完整的自然年，${y}年${short[3]}月${short[4]}日之后的数据未统计在内`,
        severity: 'warning',
        spans: [span],
        expected: `${y}年1月1日至${y}年12月31日`,
        actual: short[0].slice(from - short.index),
        suggestion: `将统计期限改为${y}年1月1日至${y}年12月31日，并补齐全年数据`,
      });
    }
    const body = bodyYear(ctx);
    if (body)
      sources.push({
        kind: 'body',
        year: body.year,
        spans: body.spans.slice(0, 3),
        label: '第一部分“总体情况”所述年份',
        detail: `（“${body.year}年”出现 ${body.spans.length} 次）`,
      });
    if (sources.length < 2 || sources.every((s) => s.year === sources[0]!.year)) return;

    // The year two sources agree on is right; each source that differs is reported alone.
    const agreed = sources.find((s) => sources.filter((o) => o.year === s.year).length >= 2)?.year;
    if (agreed !== undefined) {
      for (const odd of sources.filter((s) => s.year !== agreed)) {
        const others = sources.filter((s) => s.year === agreed);
        ctx.report({
          message: `${says(odd)}，与${others.map((o) => o.label).join('和')}的${agreed}年不一致`,
          spans: [...odd.spans, ...others.flatMap((o) => o.spans.slice(0, 1))],
          expected: agreed,
          actual: odd.year,
          suggestion: fixFor(odd, agreed),
        });
      }
      return;
    }
    // No two agree: the title is the reference, the reviewer decides.
    const [first, ...rest] = sources;
    ctx.report({
      message: `报告年度前后不一致：${sources.map(says).join('，')}`,
      spans: sources.flatMap((s) => s.spans.slice(0, 1)),
      expected: first!.year,
      actual: rest.length === 1 ? rest[0]!.year : rest.map((s) => s.year).join('、'),
      suggestion: '核实报告年度，使标题、统计期限和正文所述年份一致',
    });
  },
});
