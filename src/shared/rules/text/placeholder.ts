// text.placeholder: template text left in the report (XX年, ××, 20XX, （文字描述）, 此处填写…).
import type { Span } from '../../model/schema';
import { viewRangeToBase } from '../../text/prose';
import { defineRule } from '../types';
import { countByPlace, excerpt, pushTo } from '../support/prose';

interface Pattern {
  re: RegExp;
  /** What the match is, for the message. */
  what: string;
}

const X = '[XxＸｘ×]';
/** Latin letters around "XX" make it a word or a code ("XXL", "Windows XP"), not a gap. */
const NOT_LATIN_BEFORE = '(?<![A-Za-zＡ-Ｚａ-ｚ])';
const NOT_LATIN_AFTER = '(?![A-Za-zＡ-Ｚａ-ｚ])';

const PATTERNS: readonly Pattern[] = [
  // A year left open: 20XX, 202X, 202×.
  {
    re: new RegExp(`(?<![0-9A-Za-z])(?:19|20)[0-9]?${X}{1,2}${NOT_LATIN_AFTER}`, 'g'),
    what: '年份',
  },
  // Two or more X/× standing for a name or a number: XX局, ××县, XX条.
  {
    re: new RegExp(`${NOT_LATIN_BEFORE}(?<![0-9])${X}{2,}${NOT_LATIN_AFTER}`, 'g'),
    what: '待填内容',
  },
  // A single X where a month or day belongs: 2024年X月X日.
  {
    re: new RegExp(`(?<=[年月\\u4e00-\\u9fff\\s])${X}(?=[月日])`, 'g'),
    what: '日期',
  },
  // The template's own instructions: （文字描述）, （文字描述，收取信息处理费情况在此处报告。）.
  { re: /[（(]\s{0,2}文字描述[^）)\n]{0,60}[）)]/g, what: '模板说明' },
  { re: /[（(]\s{0,2}(?:请)?(?:在此处)?填写[^）)\n]{0,30}[）)]/g, what: '模板说明' },
  { re: /此处填写[^。；\n]{0,20}/g, what: '模板说明' },
];

interface Hit {
  span: Span;
  raw: string;
  what: string;
}

export const placeholder = defineRule({
  meta: {
    id: 'text.placeholder',
    category: 'text',
    severity: 'error',
    title: '模板占位内容未替换',
    description:
      '报告中留有模板或草稿的占位内容，如“XX年”“××局”“20XX”“（文字描述）”“此处填写”，说明报告未填写完整，不能发布。',
  },
  check(ctx) {
    const view = ctx.prose();
    const hits: Hit[] = [];
    const taken: Span[] = [];
    for (const { re, what } of PATTERNS) {
      re.lastIndex = 0;
      for (const m of view.text.matchAll(re)) {
        const span = viewRangeToBase(view, m.index, m.index + m[0].length);
        // A later pattern must not report a piece of an earlier match ("20XX" then "XX").
        if (taken.some((t) => span[0] < t[1] && t[0] < span[1])) continue;
        taken.push(span);
        hits.push({ span, raw: ctx.text.slice(span[0], span[1]), what });
      }
    }
    // One finding per distinct placeholder, listing every place it stands.
    const groups = new Map<string, Hit[]>();
    for (const h of hits.sort((a, b) => a.span[0] - b.span[0])) {
      const key = h.raw.replace(/\s+/g, '');
      pushTo(groups, key, h);
    }
    for (const [raw, group] of groups) {
      const first = group[0]!;
      const where = countByPlace(
        ctx.doc,
        group.map((h) => h.span[0]),
      );
      ctx.report({
        message: `报告中留有${first.what}占位「${raw}」（${where}，如「${excerpt(ctx.text, first.span[0], first.span[1])}」），模板内容未替换为实际情况`,
        spans: group.map((h) => h.span),
        actual: raw,
        suggestion: `将「${raw}」替换为实际内容；模板说明文字应删除`,
      });
    }
  },
});
