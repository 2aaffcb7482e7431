// A report for a year before 2019 followed the outline of its time (概述, 依申请公开, 收费及
// 减免…): no national form existed to follow. The reviewer gets one note saying so, not a
// warning for every heading and table of the 2021 form.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/shared/parser';
import { runRules } from '../../../src/shared/rules/engine';
import { allRules } from '../../../src/shared/rules/registry';

const oldOutline = (year: number): string =>
  [
    `某市交通运输局${year}年政府信息公开工作年度报告`,
    `本报告所列数据的统计期限为${year}年1月1日至${year}年12月31日。`,
    '一、概述',
    `${year}年，我局按照《条例》要求推进政府信息公开，完善工作制度。`,
    '二、主动公开政府信息情况',
    `${year}年，我局共主动公开政府信息152条，其中通过门户网站公开140条。`,
    '三、依申请公开政府信息情况',
    '全年共受理政府信息公开申请6件，均已按期答复。',
    '四、政府信息公开的收费及减免情况',
    '本年度未收取政府信息公开相关费用。',
    '五、因政府信息公开申请提起行政复议、行政诉讼的情况',
    '本年度未发生因政府信息公开申请提起的行政复议和行政诉讼。',
    '六、存在的主要问题及改进措施',
    '主要问题是公开内容不够丰富。下一步将加强培训，完善信息发布机制。',
    '七、其他需要报告的事项',
    '无。',
  ].join('\n') + '\n';

const STRUCTURE_OF_THE_FORM = [
  'structure.heading-numbering',
  'structure.section-missing',
  'structure.section-order',
  'table.missing',
  'table.row-missing',
];

describe('a report of a year before 2019', () => {
  it('gets one note that it predates the forms, and no finding about the form’s structure', () => {
    const findings = runRules(parseReport(oldOutline(2016)), allRules);
    expect(findings.filter((f) => STRUCTURE_OF_THE_FORM.includes(f.ruleId))).toEqual([]);
    const notes = findings.filter((f) => f.ruleId === 'structure.outdated-format');
    expect(notes.map((f) => f.severity)).toEqual(['info']);
    expect(notes[0]!.message).toContain('本报告为2016年度报告，早于2019年');
  });

  it('the same outline in a 2022 report is still held to the form', () => {
    const findings = runRules(parseReport(oldOutline(2022)), allRules);
    const ids = new Set(findings.map((f) => f.ruleId));
    expect(ids.has('structure.heading-numbering') || ids.has('structure.section-missing')).toBe(
      true,
    );
    expect(ids.has('table.missing')).toBe(true);
  });
});
