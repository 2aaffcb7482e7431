// content.other-agency: the opening says it publishes another body's report ("现公布某县民族宗教
// 事务局2025年度政府信息公开工作年度报告" under the title of a town): a report written over
// another agency's, its name left in. Abbreviations of the agency's own name ("区统计局",
// "市医保局") are its own; "我局"/"本机关" name nobody.
import { viewRangeToBase } from '../../text/prose';
import { defineRule } from '../types';
import { placeOf } from '../support/prose';

/** "现公布X2025年度政府信息公开工作年度报告": the name X between the verb and the year. */
const NAMED = new RegExp(
  '(?:现予?公布|特向社会公布|向社会公布|现将|现发布|公开发布)' +
    '([^\\d\\s。，,；;：:《》“”"（）()]{3,30}?)' +
    '(?:19|20)\\d{2}\\s*年度?[^。；;，,\\n]{0,12}?政府信息公开(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)',
  'g',
);

/** Words that refer to the writer itself, or to no body at all. */
const SELF = /^(?:我|本|该|各|全|上)|单位|机关$/;

/** True when the characters of `short` appear, in order, in `long` ("市医保局" in "某市医疗保障局"). */
const within = (short: string, long: string): boolean => {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
};

/** Brackets, spaces and the 中共 prefix are no part of the comparison. */
const plain = (name: string): string => name.replace(/[\s（）()]|^中共/g, '');

export const otherAgency = defineRule({
  meta: {
    id: 'content.other-agency',
    category: 'content',
    severity: 'warning',
    title: '正文写的是其他单位的报告',
    description:
      '报告开头称公布或报送的是另一单位的年度报告（如标题为某镇，正文写“现公布某县某局2025年度政府信息公开工作年度报告”），多为套用其他单位的报告未改名称。单位名称的简称（如“区统计局”“市医保局”）和“我局”“本机关”不提示。',
  },
  check(ctx) {
    const agency = ctx.doc.report.agency;
    if (!agency) return;
    const own = plain(agency);
    const view = ctx.prose();
    // The opening: up to the end of section 一 (or the first 3,000 characters).
    const two = ctx.doc.report.sections.find((s) => s.id === '2');
    const end = Math.min(view.text.length, 3000);
    for (const m of view.text.slice(0, end).matchAll(NAMED)) {
      const name = plain(m[1]!);
      if (SELF.test(name) || within(name, own) || within(own, name)) continue;
      const at = m.index + m[0].indexOf(m[1]!);
      const span = viewRangeToBase(view, at, at + m[1]!.length);
      if (two && span[0] >= two.span[0]) return;
      ctx.report({
        message: `${placeOf(ctx.doc, span[0])}称公布的是「${m[1]}」的年度报告，与标题中的单位「${agency}」不同，可能套用了其他单位的报告`,
        spans: [span],
        expected: agency,
        actual: m[1]!,
        suggestion: `核实报告单位，把「${m[1]}」改为「${agency}」`,
      });
      return;
    }
  },
});
