// One vocabulary of places: the rules' messages, the review panel and the exports name a place alike.
import { describe, expect, it } from 'vitest';
import { placeOf as panelPlace } from '../../src/renderer/features/review/reviewModel';
import { describePlace } from '../../src/main/export/describe';
import { entryFromParsed } from '../../src/main/export/types';
import type { Finding } from '../../src/shared/model/schema';
import { parseReport } from '../../src/shared/parser';
import { placeOf as messagePlace } from '../../src/shared/rules/support/prose';
import { lineStarts } from '../../src/shared/text/lines';
import { describeCells, placeInReport } from '../../src/shared/text/places';
import { buildReportText } from '../support/report-builder';

const doc = parseReport(buildReportText());
const text = doc.report.text;
const at = text.indexOf('（二）依申请公开');

const finding = (f: Partial<Finding>): Finding => ({
  ruleId: 'x.y',
  severity: 'warning',
  message: 'm',
  spans: [],
  cells: [],
  expected: null,
  actual: null,
  suggestion: null,
  ...f,
});

describe('places', () => {
  it('names a section the same way in a rule message, the review panel and the issue list', () => {
    const name = '第一部分「总体情况」';
    expect(placeInReport(doc.report, at, doc.titleSpan)).toBe(name);
    expect(messagePlace(doc, at)).toBe(name);
    const f = finding({ spans: [[at, at + 4]] });
    expect(panelPlace({ ...f, fingerprint: 'f', decision: null }, doc, lineStarts(text))).toMatch(
      new RegExp(`^${name} · 第 \\d+ 行$`),
    );
    const entry = entryFromParsed({ fileName: 'a.txt', format: 'txt', doc, findings: [f] });
    expect(describePlace(entry, f)).toMatch(new RegExp(`^${name}`));
  });

  it('names the cells of a finding the same way in the panel and the issue list', () => {
    const cells = ['requests/3.7/natural', 'requests/3.7/total'];
    const f = finding({ cells });
    expect(describeCells(cells, 1)).toBe('表三「三、（七）总计」自然人列等2个单元格');
    expect(panelPlace({ ...f, fingerprint: 'f', decision: null }, doc, lineStarts(text))).toBe(
      describeCells(cells, 1),
    );
  });

  it('names the place before section 一 by what it is', () => {
    expect(placeInReport(doc.report, 0, doc.titleSpan)).toBe('标题');
    expect(placeInReport(doc.report, 0)).toBe('标题及开头');
  });
});
