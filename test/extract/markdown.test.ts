// Markdown reports (PDF→Markdown conversions as found, and .md files): pipe tables become grids
// whose fields are the truth's cells, `#` and `**` marks go, every line maps to its source line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/main/extract';
import type { ExtractedDocument } from '../../src/shared/model/source';
import { compareWithTruth, type Truth } from '../support/grid-truth';

const real = join(import.meta.dirname, '..', 'fixtures', 'real');
const truthOf = (id: string): Truth =>
  JSON.parse(readFileSync(join(real, `${id}.truth.json`), 'utf8')) as Truth;

const read = async (bytes: Uint8Array, name: string): Promise<ExtractedDocument> => {
  const r = await extractBytes(bytes, name);
  if (!r.ok) throw new Error(r.error.message);
  return r.doc;
};
const readReal = (name: string) => read(new Uint8Array(readFileSync(join(real, name))), name);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('the real Markdown reports', () => {
  it('004.txt: every row of tables 二, 三 and 四 as its truth', async () => {
    const doc = await readReal('004.txt');
    expect(doc.format).toBe('md');
    const { matched, missing, review } = compareWithTruth(doc, truthOf('004'));
    expect(missing).toEqual([]);
    expect(matched).toHaveLength(31);
    for (const m of matched) expect(m.actual, m.label).toEqual(m.expected);
    expect(review).toEqual(truthOf('004').table4);
  });

  it('005.txt: the rows the conversion kept are exact; those whose label it tore off are not guessed', async () => {
    const doc = await readReal('005.txt');
    const { matched, missing, review } = compareWithTruth(doc, truthOf('005'));
    for (const m of matched) expect(m.actual, m.label).toEqual(m.expected);
    expect(matched.length).toBe(16);
    // In the source these rows are "| 0 | 0 | … |" with their label on other, plain lines, and
    // table 二's lower blocks are plain text: no grid holds them with their label.
    expect(missing).toContain('（二）部分公开');
    expect(missing).toContain('行政许可');
    expect(missing).toHaveLength(15);
    expect(review).toEqual(truthOf('005').table4);
  });

  it('006.txt: exact where the conversion kept the columns', async () => {
    const doc = await readReal('006.txt');
    const { matched, missing, review } = compareWithTruth(doc, truthOf('006'));
    // Table 二's rows lost a column in the conversion ("| 规章 | 22 | 235 |" under a 4-column
    // header): the grid holds the two numbers the source has, in the order it has them.
    const lostColumn = new Set(['规章', '行政规范性文件']);
    for (const m of matched) {
      if (lostColumn.has(m.label))
        expect(m.actual.filter((v) => v !== null)).toEqual(m.expected.filter((_, i) => i !== 1));
      else expect(m.actual, m.label).toEqual(m.expected);
    }
    expect(matched.length).toBe(23);
    expect(missing).toHaveLength(8);
    expect(review).toEqual(truthOf('006').table4);
  });

  it('drops heading marks and separator rows; each line keeps its source line number', async () => {
    const source = readFileSync(join(real, '004.txt'), 'utf8').split('\n');
    const doc = await readReal('004.txt');
    expect(doc.text).not.toMatch(/^#|\|/m);
    expect(doc.text.split('\n')[0]).toBe('沐阳县人民政府 2025 年 政府信息公开工作年度报告');
    expect(doc.text).toContain('\n一、总体情况\n');
    for (const s of doc.segments) {
      if (s.loc.kind !== 'line') throw new Error(s.loc.kind);
      expect(source[s.loc.line - 1]).toContain(doc.text.slice(s.start, s.end));
    }
  });
});

describe('Markdown details', () => {
  it('removes bold marks, reads escaped pipes and ragged rows onto one grid width', async () => {
    const md = [
      '# **某局2024年政府信息公开工作年度报告**',
      '',
      '## 二、主动公开政府信息情况',
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '|:---|---:|:---:|---|',
      '| **规章** | 1 | 0 |',
      '| 规范性文件 \\| 其他 | 2 | 0 | 5 |',
      '',
      '正文 **一是** 加强。',
    ].join('\n');
    const doc = await read(utf8(md), '报告.md');
    expect(doc.text).toBe(
      '某局2024年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n' +
        '信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t1\t0\t\n规范性文件 | 其他\t2\t0\t5\n' +
        '\n正文 一是 加强。\n',
    );
    expect(doc.grids).toHaveLength(1);
    const g = doc.grids![0]!;
    expect(g.columns).toBe(4);
    expect(doc.text.slice(g.start, g.end).split('\n')).toHaveLength(3);
    const rule = doc.segments.find((s) => doc.text.slice(s.start, s.end) === '规章');
    expect(rule?.loc).toEqual({ kind: 'line', line: 6 });
  });

  it('pictures: a table pasted as an image is marked in the table sections, dropped elsewhere', async () => {
    const md = [
      '# 某局2024年政府信息公开工作年度报告',
      '![](images/logo.jpg)',
      '## 一、总体情况',
      '详见[政府网站](http://www.gov.cn)。',
      '## 二、主动公开政府信息情况',
      '![表二](images/table2.jpg)',
      '## 五、存在的主要问题及改进情况',
      '![](images/chart.png)',
    ].join('\n');
    const doc = await read(utf8(md), '报告.md');
    expect(doc.text).toBe(
      '某局2024年政府信息公开工作年度报告\n一、总体情况\n详见政府网站。\n二、主动公开政府信息情况\n[图片]\n五、存在的主要问题及改进情况\n',
    );
  });

  it('a .txt without Markdown is plain text, and a pipe without a separator row is no table', async () => {
    const text = '一、总体情况\n甲 | 乙\n丙\t1\t2\n';
    const doc = await read(utf8(text), '报告.txt');
    expect(doc.format).toBe('txt');
    expect(doc.text).toBe(text);
    expect(doc.grids).toBeUndefined();
  });
});

describe('HTML tables inside Markdown (as MinerU and marker write merged cells)', () => {
  it('reads them on their grid, rowspan and colspan resolved, blanks kept', async () => {
    const md = [
      '## 四、政府信息公开行政复议、行政诉讼情况',
      '<table><tr><td colspan="5">行政复议</td><td colspan="5">行政诉讼</td></tr>',
      '<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td></tr>',
      '<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>',
      '<tr><td>1</td><td>0</td><td></td><td>2</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr></table>',
      '五、存在的主要问题及改进情况',
    ].join('\n');
    const doc = await read(utf8(md), '报告.md');
    expect(doc.text.split('\n')).toEqual([
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议\t\t\t\t\t行政诉讼\t\t\t\t',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t',
      '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
      '1\t0\t\t2\t3\t0\t0\t0\t0\t0',
      '五、存在的主要问题及改进情况',
      '',
    ]);
    expect(doc.grids).toHaveLength(1);
    expect(doc.grids![0]!.columns).toBe(10);
    const one = doc.segments.find((s) => doc.text.slice(s.start, s.end) === '1');
    expect(one?.loc).toEqual({ kind: 'line', line: 2 });
  });

  it('a .txt holding an HTML table is read as Markdown', async () => {
    const doc = await read(
      utf8('一、总体情况\n<table><tr><td>规章</td><td>1</td></tr></table>\n'),
      'a.txt',
    );
    expect(doc.format).toBe('md');
    expect(doc.text).toBe('一、总体情况\n规章\t1\n');
  });
});
