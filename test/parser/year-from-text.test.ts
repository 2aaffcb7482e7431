// The reporting year when the text has no title and no statistics period sentence (a web page's
// body copied without its heading).
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { buildReportText } from '../support/report-builder';

/** The generated report without its title line and without its period sentence. */
const untitled = (intro: string, overviewEnd = ''): string => {
  const body = buildReportText({ year: 2022 });
  const from = body.indexOf('一、总体情况');
  const rest = body
    .slice(from)
    .replace(/[^。\n]*统计期限[^。\n]*。?/g, '')
    .replace('一、总体情况\n', `一、总体情况\n${overviewEnd}`);
  return `${intro}\n${rest}`;
};

describe('the year from the text, when no title or period states it', () => {
  it('from the opening sentence that names the report', () => {
    const doc = parseReport(
      untitled('根据《条例》规定，现公布区水务局2022年政府信息公开工作年度报告。'),
    );
    expect(doc.report.title).toBeNull();
    expect(doc.report.year).toBe(2022);
  });

  it('from the overview\'s "截至2022年12月31日"', () => {
    const doc = parseReport(
      untitled('根据《条例》规定编制本报告。', '截至2022年12月31日，我局累计公开信息26条。\n'),
    );
    expect(doc.report.year).toBe(2022);
  });

  it('not when the text names two different years for the report', () => {
    const doc = parseReport(
      untitled('现公布2022年政府信息公开工作年度报告，并对照2021年政府信息公开工作年度报告。'),
    );
    expect(doc.report.year).toBeNull();
  });

  it('from the overview\'s sentences that open with the year ("2021年，我局共主动公开…")', () => {
    const doc = parseReport(
      untitled(
        '根据《条例》规定编制本报告。',
        '我局高度重视公开工作。2021年，我局共主动公开信息40条。\n',
      ),
    );
    expect(doc.report.year).toBe(2021);
  });

  it('from sentences that open with "2021年度" or "2021年我…" without a comma', () => {
    const doc = parseReport(
      untitled(
        '根据《条例》规定编制本报告。',
        '（一）依申请公开\n2021年度我办未收到政府信息公开申请。\n2021年我办未发生行政复议案件。\n',
      ),
    );
    expect(doc.report.year).toBe(2021);
  });

  it('from a sentence opening with the year and the agency\'s own name ("2020年某某镇严格按照…")', () => {
    const doc = parseReport(
      untitled(
        '根据《条例》规定编制本报告。',
        '2020年青石坪镇严格按照《条例》要求，及时公开政府信息。\n',
      ),
    );
    expect(doc.report.year).toBe(2020);
  });

  it('from a period whose 年 a web copy lost ("自20231月1日起至202312月31日止")', () => {
    const doc = parseReport(untitled('本报告中所列数据的统计期限自20231月1日起至202312月31日止。'));
    expect(doc.period?.startYear).toBe(2023);
    expect(doc.period?.endYear).toBe(2023);
    expect(doc.report.year).toBe(2023);
  });

  it('no period from a longer number before 月 ("120231月1日")', () => {
    const doc = parseReport(untitled('编号120231月1日至12月31日登记。'));
    expect(doc.period).toBeNull();
  });

  it('not from a sentence opening with a year and a name that is not the agency speaking', () => {
    const doc = parseReport(
      untitled('根据《条例》规定编制本报告。', '2021年政务公开工作要点印发后，我局认真落实。\n'),
    );
    expect(doc.report.year).toBeNull();
  });
});
