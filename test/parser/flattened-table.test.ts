// A table whose page text lost its borders and line breaks: each table one line, cells kept
// apart by spaces ("规章 2 1 30 行政规范性文件 …"). The spaces are the cell borders.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { runRules } from '../../src/shared/rules/engine';
import { allRules } from '../../src/shared/rules/registry';
import { buildReportText, consistentCells, type CellValues } from '../support/report-builder';

/** Joins each table's lines (from its first row to the next section heading) into one line. */
const flattenTables = (text: string): string => {
  const out: string[] = [];
  let table: string[] = [];
  const flush = (): void => {
    if (table.length > 0) out.push(table.join(' '));
    table = [];
  };
  for (const line of text.split('\n')) {
    const heading = /^[一二三四五六]、/.test(line) && !/申请数量|办理结果|结转下年度/.test(line);
    if (heading) {
      flush();
      out.push(line);
    } else if (table.length > 0 || /\t|^第二十条|^信息内容|^（本列/.test(line))
      table.push(line.replace(/\t+/g, ' '));
    else out.push(line);
  }
  flush();
  return out.join('\n');
};

const cells = consistentCells(7);

describe('tables flattened onto one line each, cells apart by spaces', () => {
  const doc = parseReport(flattenTables(buildReportText({ cells })));

  it('reads every cell of tables 二 and 三 as written', () => {
    for (const [path, value] of Object.entries(cells))
      if (!path.startsWith('review/')) expect(doc.report.cells[path]?.value, path).toBe(value);
  });

  it('says nothing of digits run together', () => {
    const ids = runRules(doc, allRules)
      .filter((f) => f.severity !== 'info')
      .map((f) => f.ruleId);
    expect(ids).not.toContain('table.digits-fused');
  });
});

describe('a flattened table 二 with a cell left blank', () => {
  it('never shifts a number into the blank cell’s place', () => {
    const values: CellValues = { ...cells, 'active/regulations/repealed': null };
    const doc = parseReport(flattenTables(buildReportText({ cells: values })));
    for (const [path, value] of Object.entries(values)) {
      if (!path.startsWith('active/')) continue;
      const got = doc.report.cells[path]?.value ?? null;
      if (got !== null) expect(got, path).toBe(value);
    }
  });
});
