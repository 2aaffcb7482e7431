// Web tables copied as plain text keep their cell borders as pipes but no Markdown separator
// row: "| 规章 | 0 | 0 | 0 |", "规章 | 1 | 0 | 4 |", or one cell per line ("0 |", a lone "|" for an
// empty cell). The numbers are the cells all the same.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { buildReportText, consistentCells } from '../support/report-builder';

const cells = consistentCells(33);
const base = buildReportText({ cells });

/** The report with every table line rewritten by `row` (label and values → one line or more). */
const rewriteTables = (row: (fields: string[]) => string): string => {
  const start = base.indexOf('第二十条第（一）项');
  const end = base.indexOf('五、存在的主要问题');
  const tables = base
    .slice(start, end)
    .split('\n')
    .map((l) => (l.includes('\t') ? row(l.split('\t')) : l))
    .join('\n');
  return base.slice(0, start) + tables + base.slice(end);
};

const value = (doc: ReturnType<typeof parseReport>, path: string) => doc.report.cells[path]?.value;
const numeric = Object.entries(cells).filter(([, v]) => typeof v === 'number');

describe('web tables copied as text with pipe borders', () => {
  it('reads "| label | n | n |" rows like the tab rows they were', () => {
    const doc = parseReport(rewriteTables((f) => `| ${f.filter((x) => x !== '').join(' | ')} |`));
    const wrong = numeric.filter(([p, v]) => value(doc, p) !== v);
    expect(wrong).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.kind !== 'placed-by-order')).toEqual([]);
  });

  it('reads rows without the leading border ("规章 | 1 | 0 | 4 |")', () => {
    const doc = parseReport(rewriteTables((f) => `${f.filter((x) => x !== '').join(' | ')} |`));
    expect(numeric.filter(([p, v]) => value(doc, p) !== v)).toEqual([]);
  });

  it('reads one cell per line, a lone "|" being an empty cell, and places the blanks', () => {
    // Table 三's row 一 with its six parts left empty and only the total filled.
    const text = rewriteTables((f) => {
      const filled = f.filter((x) => x !== '');
      if (filled[0]?.startsWith('一、本年新收'))
        return [filled[0], '|', '|', '|', '|', '|', '|', `${filled[7]} |`, '||'].join('\n');
      return filled.map((x) => `${x} |`).join('\n');
    });
    const doc = parseReport(text);
    const row1 = ['natural', 'commercial', 'research', 'ngo', 'legal', 'other', 'total'].map((c) =>
      value(doc, `requests/1/${c}`),
    );
    expect(row1).toEqual([null, null, null, null, null, null, cells['requests/1/total']]);
    const others = numeric.filter(([p]) => !p.startsWith('requests/1/'));
    expect(others.filter(([p, v]) => value(doc, p) !== v)).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.kind === 'row-unaligned')).toEqual([]);
  });

  it('keeps the empty cells between borders ("| 0 | | | | | | 0 |") as blanks, in their columns', () => {
    const text = rewriteTables((f) => {
      const filled = f.filter((x) => x !== '');
      if (filled[0]?.startsWith('一、本年新收'))
        return `${filled[0]} | ${filled[1]} | | | | | | ${filled[7]} |`;
      if (filled[0] === '规章') return `| 规章 | ${filled[1]} | ${filled[2]} | |`;
      return `${filled.join(' | ')} |`;
    });
    const doc = parseReport(text);
    const row1 = ['natural', 'commercial', 'research', 'ngo', 'legal', 'other', 'total'].map((c) =>
      value(doc, `requests/1/${c}`),
    );
    expect(row1).toEqual([
      cells['requests/1/natural'],
      null,
      null,
      null,
      null,
      null,
      cells['requests/1/total'],
    ]);
    expect(value(doc, 'active/regulations/issued')).toBe(cells['active/regulations/issued']);
    expect(value(doc, 'active/regulations/repealed')).toBe(cells['active/regulations/repealed']);
    expect(value(doc, 'active/regulations/valid')).toBeNull();
    expect(doc.diagnostics.filter((d) => d.kind === 'row-unaligned')).toEqual([]);
  });

  it('a header "总计 | ||||" or a sentence before the table is not the row of that name', () => {
    // One cell per line, each row opened by a lone "|" line, as some portals' pages copy.
    let text = rewriteTables((f) => {
      const filled = f.filter((x) => x !== '');
      return ['|', ...filled.map((x) => `${x} |`)].join('\n');
    });
    text = text.replace(
      /^(\|\n一、本年新收)/m,
      '自然人 |\n法人或其他组织 |\n总计 | ||||||||||\n$1',
    );
    const heading = '三、收到和处理政府信息公开申请情况\n';
    text = text.replace(
      heading,
      `${heading}本年共收到申请若干件，其中本机关不掌握相关政府信息的已告知申请人。\n|\n`,
    );
    const doc = parseReport(text);
    const wrong = numeric.filter(([p, v]) => value(doc, p) !== v);
    expect(wrong).toEqual([]);
  });
});
