// The 2019 form's 本年增/减 column written in words ("减3", "增加2") instead of a signed number.
// Read as a cell, never as a label: as a label it swallowed the row's last number, and the row
// was reported as one number short and its 处理决定数量 as blank.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { runRules } from '../../src/shared/rules/engine';
import { allRules } from '../../src/shared/rules/registry';
import { buildReportText } from '../support/report-builder';

const base = buildReportText({ year: 2019 });

/** The report with table 二 replaced by the 2019 form's, one cell per line as a crawler left it. */
const withCells = (licensingRow: string[]): string => {
  const cells = [
    '第二十条第(一)项',
    '信息内容',
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '规章',
    '0',
    '0',
    '0',
    '规范性文件',
    '1',
    '1',
    '7',
    '第二十条第(五)项',
    '信息内容',
    '上一年项目数量',
    '本年增/减',
    '处理决定数量',
    ...licensingRow,
    '其他对外管理服务事项',
    '0',
    '0',
    '0',
    '第二十条第(九)项',
    '信息内容',
    '采购项目数量',
    '采购总金额',
    '政府集中采购',
    '3',
    '12.5',
  ].map((c) => `${c} |`);
  const start = base.indexOf('第二十条第（一）项');
  const end = base.indexOf('三、收到和处理');
  return `${base.slice(0, start)}${cells.join('\n')}\n\n${base.slice(end)}`;
};

const value = (doc: ReturnType<typeof parseReport>, path: string) => doc.report.cells[path]?.value;

describe('本年增/减 written in words', () => {
  it('reads "减3" as −3 and keeps the row’s 处理决定数量', () => {
    const doc = parseReport(withCells(['行政许可', '9', '减3', '5']));
    expect(value(doc, 'active/licensing/lastYearItems')).toBe(9);
    expect(value(doc, 'active/licensing/change')).toBe(-3);
    expect(doc.report.cells['active/licensing/change']?.raw).toBe('减3');
    expect(value(doc, 'active/licensing/decisions')).toBe(5);
    const ids = runRules(doc, allRules).map((f) => `${f.ruleId} ${f.message}`);
    expect(ids.filter((m) => m.includes('行政许可'))).toEqual([]);
  });

  it('reads "增加2" as +2', () => {
    const doc = parseReport(withCells(['行政许可', '4', '增加2', '6']));
    expect(value(doc, 'active/licensing/change')).toBe(2);
    expect(value(doc, 'active/licensing/decisions')).toBe(6);
  });

  it('reads "未增未减" (no change) as 0 and keeps the row’s 处理决定数量', () => {
    const doc = parseReport(withCells(['行政许可', '3', '未增未减', '3']));
    expect(value(doc, 'active/licensing/lastYearItems')).toBe(3);
    expect(value(doc, 'active/licensing/change')).toBe(0);
    expect(doc.report.cells['active/licensing/change']?.raw).toBe('未增未减');
    expect(value(doc, 'active/licensing/decisions')).toBe(3);
    const ids = runRules(doc, allRules).map((f) => `${f.ruleId} ${f.message}`);
    expect(ids.filter((m) => m.includes('行政许可'))).toEqual([]);
  });

  it('still leaves a word that is no signed count ("减免") to the label', () => {
    const doc = parseReport(withCells(['行政许可', '4', '减免', '6']));
    expect(value(doc, 'active/licensing/change')).not.toBe(-4);
    expect(doc.report.cells['active/licensing/change']?.raw).not.toBe('减免');
  });
});
