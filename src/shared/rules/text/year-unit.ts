// text.year-unit: a year written without 年 where a date belongs ("2024，维护…", "2023以来").
import type { Span } from '../../model/schema';
import { viewRangeToBase } from '../../text/prose';
import { defineRule } from '../types';
import { listSome, placeOf, pushTo } from '../support/prose';

/**
 * A year opening a clause and followed by a comma and words ("2024，维护"), or followed by a
 * word that needs 年 before it ("2023以来", "2024上半年"). Not a year inside a larger number,
 * a range ("2023-2024") or a list of years ("2022、2023，2024年").
 */
const BARE_YEAR =
  /(?:^|(?<=[，,。；;：:！？!?（(\s]))((?:19|20)\d\d)(?:\s?(?=[，,]\s?[\u4e00-\u9fff])|(?=以来|上半年|下半年|全年))/g;

/** How far from the report's year a bare number may be and still be read as a year. */
const YEARS_BACK = 15;

export const yearUnit = defineRule({
  meta: {
    id: 'text.year-unit',
    category: 'text',
    severity: 'warning',
    title: '年份缺少“年”字',
    description:
      '表示年份的数字后漏写“年”字，如“2024，维护……”应为“2024年，维护……”，“2023以来”应为“2023年以来”。',
  },
  check(ctx) {
    const view = ctx.prose();
    const reportYear = ctx.doc.report.year;
    const byYear = new Map<string, Array<{ span: Span; quote: string }>>();
    for (const sentence of ctx.sentences()) {
      const body = sentence.text;
      for (const m of body.matchAll(BARE_YEAR)) {
        const year = Number(m[1]);
        if (reportYear !== null && (year > reportYear + 1 || year < reportYear - YEARS_BACK))
          continue;
        const at = sentence.start + m.index;
        const span = viewRangeToBase(view, at, at + 4);
        const rest = body
          .slice(m.index)
          .replace(/\s+/g, '')
          .replace(/[。；;！？!?]+$/, '');
        const quote = rest.length > 10 ? `${rest.slice(0, 10)}…` : rest;
        pushTo(byYear, m[1]!, { span, quote });
      }
    }
    for (const [year, hits] of byYear) {
      const places = listSome(hits.map((h) => `${placeOf(ctx.doc, h.span[0])}「${h.quote}」`));
      ctx.report({
        message: `年份「${year}」后缺少“年”字：${places}`,
        spans: hits.map((h) => h.span),
        expected: `${year}年`,
        actual: year,
        suggestion: `在「${year}」后补上“年”字，写作「${year}年」`,
      });
    }
  },
});
