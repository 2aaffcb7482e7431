// The rule catalogue as text, JSON or the Markdown of docs/rules.md — made from the rules' metadata.
import { z } from 'zod';
import { severityLabel } from '../../shared/model/schema';
import { categoryLabel, ruleCategories, type Rule } from '../../shared/rules/types';

export const formatRules = (
  rules: readonly Rule[],
  format: 'text' | 'json' | 'markdown',
): string => {
  if (format === 'json') {
    return (
      JSON.stringify(
        rules.map(({ meta: { options, ...meta } }) =>
          // The options schema as JSON Schema, for the profile's author.
          options ? { ...meta, options: z.toJSONSchema(options, { io: 'input' }) } : meta,
        ),
        null,
        2,
      ) + '\n'
    );
  }
  if (format === 'text') {
    return (
      rules
        .map(
          (r) =>
            `${r.meta.id}\t${categoryLabel[r.meta.category]}\t${severityLabel[r.meta.severity]}\t${r.meta.title}`,
        )
        .join('\n') + '\n'
    );
  }
  const parts = [
    '# 检查规则目录',
    '',
    '本文件由 `npm run docs:rules` 根据各规则模块自身的元数据生成，请勿手工修改。',
    '',
  ];
  for (const category of ruleCategories) {
    const own = rules.filter((r) => r.meta.category === category);
    if (own.length === 0) continue;
    parts.push(
      `## ${categoryLabel[category]}（${category}）`,
      '',
      '| 规则 | 默认级别 | 名称 | 说明 |',
      '|---|---|---|---|',
    );
    for (const r of own) {
      const note = r.meta.needsWorkspace ? '（需要工作区中有上一年度报告）' : '';
      parts.push(
        `| \`${r.meta.id}\` | ${severityLabel[r.meta.severity]} | ${r.meta.title} | ${r.meta.description}${note} |`,
      );
    }
    parts.push('');
  }
  return parts.join('\n');
};
