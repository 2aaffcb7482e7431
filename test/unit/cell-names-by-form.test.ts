// A table 二 cell is named by the form the report filled, wherever it is named: the rules'
// messages, the review panel, the issue list and the review letter. The 2019 form's 规范性文件 and
// 处理决定数量 are not the 2021 form's 行政规范性文件 and 本年处理决定数量; a 2021 table whose first
// part kept the 2019 headers has 2021 rows with the 2019 columns in that part.
import { describe, expect, it } from 'vitest';
import { describePlace, quoteFinding } from '../../src/main/export/describe';
import { issueRows } from '../../src/main/export/issue-rows';
import { buildLetter } from '../../src/main/export/letter-model';
import { entryFromParsed } from '../../src/main/export/types';
import { placeOf as panelPlace } from '../../src/renderer/features/review/reviewModel';
import { activeFormOf, describeCell } from '../../src/shared/model/form';
import type { Finding } from '../../src/shared/model/schema';
import { parseReport } from '../../src/shared/parser';
import { runRules } from '../../src/shared/rules/engine';
import { allRules } from '../../src/shared/rules/registry';
import { lineStarts } from '../../src/shared/text/lines';
import { describeCells } from '../../src/shared/text/places';
import { with2019Table } from '../support/form-2019';

describe('describeCell by form', () => {
  it('names the cells both forms have by the report’s own form', () => {
    expect(describeCell('active/licensing/decisions', '2021')).toBe(
      '表二「行政许可」本年处理决定数量',
    );
    expect(describeCell('active/licensing/decisions', '2019')).toBe('表二「行政许可」处理决定数量');
    expect(describeCell('active/licensing/decisions', 'mixed')).toBe(
      '表二「行政许可」本年处理决定数量',
    );
    expect(describeCell('active/normativeDocs/made', '2019')).toBe(
      '表二「规范性文件」本年新制作数量',
    );
    expect(describeCell('active/normativeDocs/made', 'mixed')).toBe(
      '表二「行政规范性文件」本年新制作数量',
    );
    expect(describeCell('active/normativeDocs/issued', '2021')).toBe(
      '表二「行政规范性文件」本年制发件数',
    );
  });

  it('still names a cell only the 2019 form has by it, and leaves tables 三 and 四 alone', () => {
    expect(describeCell('active/procurement/amount')).toBe('表二「政府集中采购」采购总金额');
    expect(describeCell('active/otherServices/change')).toBe(
      '表二「其他对外管理服务事项」本年增/减',
    );
    expect(describeCell('requests/3.7/total', '2019')).toBe(describeCell('requests/3.7/total'));
    expect(describeCells(['active/coercion/decisions', 'active/fees/change'], 3, '2019')).toBe(
      '表二「行政强制」处理决定数量、表二「行政事业性收费」本年增/减',
    );
  });
});

describe('a 2019-form report’s cells in the panel, the issue list and the letter', () => {
  // A 2019 report with one row short of a number, a figure in words and a blank 本年增/减.
  const text = with2019Table(2019)
    .replace('规范性文件\t2\t2\t15', '规范性文件\t2\t2')
    .replace('行政许可\t0\t0\t0', '行政许可\t0\t0\t约10')
    .replace('其他对外管理服务事项\t0\t0\t0', '其他对外管理服务事项\t0\t\t0');
  const doc = parseReport(text);
  const findings = runRules(doc, allRules);
  const finding = (f: Partial<Finding>): Finding => ({
    ruleId: 'table.cell-blank',
    severity: 'warning',
    message: 'm',
    spans: [],
    cells: [],
    expected: null,
    actual: null,
    suggestion: null,
    ...f,
  });

  it('is read as the 2019 form', () => {
    expect(activeFormOf(doc.report.cells)).toBe('2019');
  });

  it('names rows and cells in the rules’ messages by the 2019 form', () => {
    const messages = findings.map((f) => f.message).join('\n');
    expect(messages).toContain('表二「规范性文件」一行只读到 2 个数');
    expect(messages).toContain('表二「行政许可」处理决定数量填为「约10」，不是数字');
    expect(messages).toContain('表二「其他对外管理服务事项」本年增/减为空白');
    expect(messages).not.toMatch(/行政规范性文件|本年处理决定数量/);
  });

  it('names the finding’s cells alike in the panel and the issue list', () => {
    const f = finding({ cells: ['active/licensing/decisions', 'active/otherServices/change'] });
    const panel = panelPlace(
      { ...f, fingerprint: 'f', decision: null },
      doc,
      lineStarts(doc.report.text),
    );
    expect(panel).toBe('表二「行政许可」处理决定数量等2个单元格');
    const entry = entryFromParsed({ fileName: 'a.txt', format: 'txt', doc, findings: [f] });
    expect(describePlace(entry, f)).toBe(
      '表二「行政许可」处理决定数量、表二「其他对外管理服务事项」本年增/减',
    );
    expect(quoteFinding(doc.report, f)).toBe(
      '表二「行政许可」处理决定数量：约10；表二「其他对外管理服务事项」本年增/减：（空白）',
    );
    const rows = issueRows(entry);
    expect(rows.map((r) => r.place)).toEqual([describePlace(entry, f)]);
  });

  it('names a corrected cell in the letter by the 2019 form', () => {
    const entry = entryFromParsed({
      fileName: 'a.txt',
      format: 'txt',
      doc,
      findings,
      corrections: [
        { path: 'active/licensing/decisions', value: 10, original: null, originalRaw: '约10' },
      ],
    });
    const letter = buildLetter(entry).blocks.map((b) => b.text);
    expect(letter.filter((l) => l.includes('更正为'))).toEqual([
      '1．表二「行政许可」处理决定数量：原为 约10，更正为 10。',
    ]);
  });
});
