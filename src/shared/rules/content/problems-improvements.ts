// content.problems-improvements: section 五 must name problems and the measures taken or planned.
import { defineRule } from '../types';
import { hanCount, quote } from '../support/prose';
import { sectionNames } from '../support/sections';

/** Fewer Chinese characters than this cannot state a problem and its remedy. */
const MIN_CHARS = 40;

/** "无", "暂无", "无。", "没有": a section that declines to answer. */
const NOTHING = /^(?:无|暂无|没有|无问题|暂无问题|本年度无|不存在问题)[。.]?$/;

/** Words that promise or report a remedy. */
const REMEDY =
  /改进|整改|下一步|今后|下阶段|来年|明年|新的一年|措施|举措|对策|计划|针对|将(?:[^。；]{0,30}?)(?:加强|加大|进一步|持续|继续|不断|完善|提升|提高|强化|推进|推动|做好|健全|建立|落实|采取|规范|丰富|优化|创新|拓展|扩大|及时)/;

/** A measure listed without a future marker: "一是加强培训", "（二）完善制度". */
const LISTED_MEASURE =
  /(?:^|[。；;：:\n]|[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[、.．])\s*(?:加强|加大|进一步|持续|继续|不断|完善|提升|提高|强化|推进|推动|做好|健全|建立|落实|规范|丰富|优化|创新|拓展|扩大|严格)/m;

/** Words that name a shortcoming. */
const PROBLEM =
  /问题|不足|差距|短板|薄弱|有待|不够|不高|不强|不及时|不到位|不全面|不规范|滞后|欠缺|较少|单一|需要进一步|还需/;

export const problemsImprovements = defineRule({
  meta: {
    id: 'content.problems-improvements',
    category: 'content',
    severity: 'warning',
    title: '问题和改进情况不实',
    description:
      '第五部分“存在的主要问题及改进情况”应写明存在的主要问题和相应的改进措施。空白、只写“无”、寥寥数语，或只列问题不写改进措施的，属于年报格式所指的“敷衍塞责”。',
  },
  check(ctx) {
    const section = ctx.section('5');
    if (!section) return; // structure.section-missing reports the missing section
    const { headSpan, trimmed: trimmedSpan } = section;
    const body = section.text.trim();
    const name = sectionNames['5'];
    if (body === '' || NOTHING.test(body.replace(/\s+/g, ''))) {
      ctx.report({
        message: body === '' ? `${name}没有内容` : `${name}只写了「${quote(body)}」`,
        spans: body === '' ? [headSpan] : [trimmedSpan],
        actual: body === '' ? null : quote(body),
        suggestion:
          '写明本年度政府信息公开工作存在的主要问题，以及针对这些问题采取或拟采取的改进措施',
      });
      return;
    }
    const chars = hanCount(body);
    if (chars < MIN_CHARS) {
      ctx.report({
        message: `${name}过于简略（${chars} 字）：「${quote(body)}」，未能说明存在的主要问题及改进情况`,
        spans: [trimmedSpan],
        expected: `不少于 ${MIN_CHARS} 字`,
        actual: chars,
        suggestion: '具体写明存在的主要问题，并逐项写明改进措施',
      });
      return;
    }
    // A PDF's lines wrap inside words ("进\n一步提高认识"): the prose is read with them joined.
    const prose = body.replace(/\s*\n\s*(?=[\u4e00-\u9fff，,、])/g, '');
    if (PROBLEM.test(prose) && !REMEDY.test(prose) && !LISTED_MEASURE.test(body)) {
      ctx.report({
        message: `${name}只列出了问题，没有写改进措施（如「${quote(body, 30)}」）`,
        spans: [trimmedSpan],
        suggestion: '针对所列问题逐项写明已采取或拟采取的改进措施',
      });
    }
  },
});
