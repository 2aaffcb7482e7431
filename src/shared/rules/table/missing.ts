// table.missing: each of the three tables of the form is found and holds numbers.
import type { Span } from '../../model/schema';
import { defineRule } from '../types';
import { quoteHeading } from '../support/sections';
import { lineAround, tableName } from '../support/places';

const SECTION_OF = { active: '2', requests: '3', review: '4' } as const;

export const missing = defineRule({
  meta: {
    id: 'table.missing',
    formOnly: true,
    category: 'table',
    severity: 'error',
    title: '表格缺失',
    description:
      '年报须包含表二（主动公开）、表三（依申请公开）、表四（行政复议、行政诉讼）三张统计表。找不到某张表，或表格以图片插入、读不出任何数字时报告。',
  },
  check(ctx) {
    for (const d of ctx.doc.diagnostics) {
      if (d.kind !== 'table-missing') continue;
      const name = tableName(d.table);
      const heading = ctx.doc.headings.find((h) => h.id === SECTION_OF[d.table] && h.found);
      const place: Span | null = heading
        ? heading.span
        : d.span
          ? lineAround(ctx.text, d.span[0])
          : null;
      const spans = place ? [place] : [];
      if (d.image) {
        ctx.report({
          message: `${name}似以图片形式插入，读不出其中的数字，无法核对。`,
          spans,
          suggestion: `请将${name}改为可编辑的文字表格，按官方格式逐格填写数字。`,
        });
      } else if (d.span) {
        ctx.report({
          message: `${heading ? `「${quoteHeading(heading.text)}」下` : `${name}所在位置`}没有读到表格数字：${name}缺失或为空。`,
          spans,
          suggestion: `请按官方格式补齐${name}，没有发生的事项填 0。`,
        });
      } else {
        ctx.report({
          message: `未找到${name}（既无对应的标题，也无该表的栏目文字）。`,
          spans,
          suggestion: `请按官方格式补充${name}。`,
        });
      }
    }
  },
});
