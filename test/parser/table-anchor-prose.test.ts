// A table without its heading is found at its own words, never at a sentence of the prose that
// happens to use them ("…行政复议7件，复议后起诉1件。").
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { runRules } from '../../src/shared/rules/engine';
import { headingNumbering } from '../../src/shared/rules/structure/heading-numbering';
import { missing as tableMissing } from '../../src/shared/rules/table/missing';
import { buildReportText } from '../support/report-builder';

const overview =
  '2024年，本机关办理政府信息公开申请40件，办结36件，结转下一年办理4件，行政复议3件，复议后起诉1件。';

describe('an overview sentence naming 复议后起诉', () => {
  it('in an excerpt that ends inside 一, places no table 四 there', () => {
    const text = buildReportText({ prose: { '1': overview } });
    const cut = text.slice(0, text.indexOf('二、主动公开政府信息情况'));
    const doc = parseReport(cut);
    expect(doc.tables.some((t) => t.table === 'review')).toBe(false);
    const messages = runRules(doc, [tableMissing, headingNumbering]).map((f) => f.message);
    expect(messages.filter((m) => m.includes('表四'))).toEqual([
      '未找到表四「政府信息公开行政复议、行政诉讼情况」（既无对应的标题，也无该表的栏目文字）。',
    ]);
  });

  it('in a report whose 四 heading is missing, table 四 is still read where it stands', () => {
    const text = buildReportText({
      prose: { '1': overview },
      cells: { 'review/reconsideration/upheld': 2, 'review/reconsideration/total': 2 },
    }).replace('四、政府信息公开行政复议、行政诉讼情况\n', '');
    const doc = parseReport(text);
    expect(doc.headings.some((h) => h.id === '4' && h.found)).toBe(false);
    expect(doc.report.cells['review/reconsideration/upheld']?.value).toBe(2);
    expect(doc.report.cells['review/reconsideration/total']?.value).toBe(2);
  });
});
