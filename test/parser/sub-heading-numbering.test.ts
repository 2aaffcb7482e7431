// Sub-headings numbered "1." under a section numbered "一、" are not sections of their own, and
// the 2019–2020 wording "二、行政机关主动公开政府信息情况" still heads section 二.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { runRules } from '../../src/shared/rules/engine';
import { headingNumbering } from '../../src/shared/rules/structure/heading-numbering';
import { buildReportText } from '../support/report-builder';

describe('an overview split into "1.政府信息主动公开情况", "2.…" under 一、总体情况', () => {
  const overview = [
    '2024年，本局按照年度工作要点推进公开工作。',
    '1.政府信息主动公开情况',
    '全年在门户网站发布信息120条。',
    '2.依申请公开情况',
    '全年收到申请3件，均按期答复。',
  ].join('\n');

  it('keeps section 二 at its own heading, and the numbering rule stays silent', () => {
    const doc = parseReport(buildReportText({ prose: { '1': overview } }));
    const two = doc.headings.find((h) => h.id === '2')!;
    expect(two.text).toBe('二、主动公开政府信息情况');
    expect(runRules(doc, [headingNumbering])).toEqual([]);
  });

  it('when the excerpt ends inside 一, the sub-heading is no section 二 at all', () => {
    const text = buildReportText({ prose: { '1': overview } });
    const cut = text.slice(0, text.indexOf('二、主动公开政府信息情况'));
    const doc = parseReport(cut);
    expect(doc.headings.map((h) => h.id)).toEqual(['1']);
  });

  it('a report numbering every section "1.", "2.", … still has its sections', () => {
    const text = buildReportText()
      .replace('一、总体情况', '1.总体情况')
      .replace('二、主动公开政府信息情况', '2.主动公开政府信息情况')
      .replace('三、收到和处理政府信息公开申请情况', '3.收到和处理政府信息公开申请情况');
    const doc = parseReport(text);
    expect(doc.headings.filter((h) => ['1', '2', '3'].includes(h.id)).map((h) => h.text)).toEqual([
      '1.总体情况',
      '2.主动公开政府信息情况',
      '3.收到和处理政府信息公开申请情况',
    ]);
  });
});

describe('headings worded "二、行政机关主动公开政府信息情况" (2019–2020 reports)', () => {
  it('head sections 二 and 三 where they stand', () => {
    const text = buildReportText({ year: 2020 })
      .replace('二、主动公开政府信息情况', '二、行政机关主动公开政府信息情况')
      .replace('三、收到和处理政府信息公开申请情况', '三、行政机关收到和处理政府信息公开申请情况');
    const doc = parseReport(text);
    expect(doc.headings.find((h) => h.id === '2')?.text).toBe('二、行政机关主动公开政府信息情况');
    expect(doc.headings.find((h) => h.id === '3')?.text).toBe(
      '三、行政机关收到和处理政府信息公开申请情况',
    );
    const messages = runRules(doc, [headingNumbering]).map((f) => f.message);
    expect(messages.some((m) => m.includes('缺少本部分标题'))).toBe(false);
  });
});
