// A heading with two slips in a long wording is still its section's heading.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { runRules } from '../../src/shared/rules/engine';
import { headingNumbering } from '../../src/shared/rules/structure/heading-numbering';
import { buildReportText } from '../support/report-builder';

describe('a heading typed with a word doubled', () => {
  const text = buildReportText().replace('二、主动公开政府信息情况', '二、主动公开政府政府情况');

  it('is found where it stands, and only its wording is reported', () => {
    const doc = parseReport(text);
    const two = doc.headings.find((h) => h.id === '2')!;
    expect(two.text).toBe('二、主动公开政府政府情况');
    expect(two.found).toBe(true);
    const messages = runRules(doc, [headingNumbering]).map((f) => f.message);
    expect(messages).toEqual([
      '第二部分标题「二、主动公开政府政府情况」与格式规定的「二、主动公开政府信息情况」不一致',
    ]);
  });
});

describe('a heading whose numeral was lost ("、主动公开政府信息情况")', () => {
  it('is still section 二, and only its numbering is reported', () => {
    const doc = parseReport(
      buildReportText().replace('二、主动公开政府信息情况', '、主动公开政府信息情况'),
    );
    expect(doc.headings.find((h) => h.id === '2')?.text).toBe('、主动公开政府信息情况');
    const messages = runRules(doc, [headingNumbering]).map((f) => f.message);
    expect(messages).toEqual([
      '第二部分标题「、主动公开政府信息情况」序号应为「二、」，实为「、」',
    ]);
  });
});

describe('section 一 headed with another word for the overview ("一、总体概述")', () => {
  it('is section 一, and only its wording is reported, not a missing section', () => {
    const doc = parseReport(buildReportText().replace('一、总体情况', '一、总体概述'));
    expect(doc.headings.find((h) => h.id === '1')?.text).toBe('一、总体概述');
    const messages = runRules(doc, [headingNumbering]).map((f) => f.message);
    expect(messages).toEqual(['第一部分标题「一、总体概述」与格式规定的「一、总体情况」不一致']);
  });
});

describe('section 一 headed with its year ("一、2023年政务公开总体情况")', () => {
  it('is section 一 (not "no section found"), and only its wording is reported', () => {
    const doc = parseReport(
      buildReportText().replace('一、总体情况', '一、2024年政务公开总体情况'),
    );
    expect(doc.headings.find((h) => h.id === '1')?.text).toBe('一、2024年政务公开总体情况');
    const messages = runRules(doc, [headingNumbering]).map((f) => f.message);
    expect(messages).toEqual([
      '第一部分标题「一、2024年政务公开总体情况」与格式规定的「一、总体情况」不一致',
    ]);
  });

  it('a sentence opening with the year and those words, without numbering, is no heading', () => {
    const doc = parseReport(
      buildReportText({ prose: { '1': '2024年政务公开总体情况良好，全年公开信息30条。' } }),
    );
    expect(doc.headings.filter((h) => h.id === '1').map((h) => h.text)).toEqual(['一、总体情况']);
  });
});
