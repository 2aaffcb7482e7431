// Saved web pages: the real 015.html read natively gives the cells of its truth field by field,
// the same rows and text as its Word conversion, the same cells and findings; page furniture
// (navigation, breadcrumbs, share bars, footers, scripts, layout tables) stays out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/main/extract';
import type { ExtractedDocument } from '../../src/shared/model/source';
import { parseReport } from '../../src/shared/parser';
import { runRules } from '../../src/shared/rules/engine';
import { allRules } from '../../src/shared/rules/registry';
import { compareWithTruth, gridRows, type Truth } from '../support/grid-truth';

const real = join(import.meta.dirname, '..', 'fixtures', 'real');
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(real, name)));
const truthOf = (id: string): Truth =>
  JSON.parse(readFileSync(join(real, `${id}.truth.json`), 'utf8')) as Truth;
const expectedCells = (file: string): Record<string, number | null> => {
  const all = JSON.parse(readFileSync(join(real, 'expected.json'), 'utf8')) as Array<{
    file: string;
    truth: Record<string, number | null>;
  }>;
  return all.find((e) => e.file === file)!.truth;
};

const read = async (bytes: Uint8Array, name: string): Promise<ExtractedDocument> => {
  const r = await extractBytes(bytes, name, { soffice: null });
  if (!r.ok) throw new Error(r.error.message);
  return r.doc;
};

/** Non-blank lines, trimmed of spaces at both ends (tabs inside are kept). */
const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.replace(/^[ \u00a0\u3000]+|[ \u00a0\u3000]+$/g, ''))
    .filter((l) => l.replace(/\t/g, '') !== '');

describe('015.html, a saved page, read natively', () => {
  it('gives every cell of tables 二, 三 and 四 as its truth, blanks as empty fields', async () => {
    const doc = await read(bytesOf('015.html'), '015.html');
    expect(doc.format).toBe('html');
    expect(doc.grids).toHaveLength(3);
    const { matched, missing, review } = compareWithTruth(doc, truthOf('015'));
    expect(missing).toEqual([]);
    // 6 rows of table 二, 25 rows of table 三.
    expect(matched).toHaveLength(31);
    for (const m of matched) expect(m.actual, m.label).toEqual(m.expected);
    expect(review).toEqual(truthOf('015').table4);
    // Every row of a grid has the grid's number of fields.
    for (const g of doc.grids!) {
      for (const line of doc.text.slice(g.start, g.end).split('\n'))
        expect(line.split('\t')).toHaveLength(g.columns);
    }
    expect(gridRows(doc)).toHaveLength(14 + 28 + 4);
  });

  it('gives the same lines as 015.docx read by the Word reader, from the title on', async () => {
    const html = lines((await read(bytesOf('015.html'), '015.html')).text);
    const word = lines((await read(bytesOf('015.docx'), '015.docx')).text);
    // The page's index table (名称, 索引号, 发布机构…) above the title is site furniture.
    expect(html[0]).toBe('沭阳县发展和改革局2023年政府信息公开年度报告');
    expect(word.indexOf(html[0]!)).toBeGreaterThan(0);
    expect(html).toEqual(word.slice(word.indexOf(html[0]!)));
    expect(html[html.length - 1]).toBe('2024年1月17日');
  });

  it('parses to the expected cells and the same findings as 015.docx', async () => {
    const htmlDoc = parseReport((await read(bytesOf('015.html'), '015.html')).text);
    const wordDoc = parseReport((await read(bytesOf('015.docx'), '015.docx')).text);
    for (const [path, value] of Object.entries(expectedCells('015.docx')))
      expect(htmlDoc.report.cells[path]?.value ?? null, path).toBe(value);
    const findings = (d: typeof htmlDoc) =>
      runRules(d, allRules, {}).map((f) => `${f.ruleId} ${f.message}`);
    expect(findings(htmlDoc)).toEqual(findings(wordDoc));
    expect(htmlDoc.report.agency).toBe('沭阳县发展和改革局');
    expect(htmlDoc.report.year).toBe(2023);
  });

  it('maps paragraphs and cells back to the page: every segment is its own text', async () => {
    const doc = await read(bytesOf('015.html'), '015.html');
    const page = new TextDecoder().decode(bytesOf('015.html'));
    const kinds = new Set(doc.segments.map((s) => s.loc.kind));
    expect([...kinds].sort()).toEqual(['cell', 'paragraph']);
    for (const s of doc.segments) {
      const text = doc.text.slice(s.start, s.end);
      expect(text).not.toMatch(/[\t\n]/);
      expect(page).toContain(text);
    }
    const cell = doc.segments.find(
      (s) => s.loc.kind === 'cell' && doc.text.slice(s.start, s.end) === '规范性文件',
    );
    expect(cell?.loc).toEqual({ kind: 'cell', table: 0, row: 3, cell: 0 });
  });
});

/** 015.html's body inside the furniture of a typical government site. */
const framedPage = (): string => {
  const page = new TextDecoder().decode(bytesOf('015.html'));
  const body = page.slice(page.indexOf('<body>') + 6, page.indexOf('</body>'));
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>沭阳县发展和改革局2023年政府信息公开年度报告_沭阳县人民政府</title>
<style>.nav { color: red } /* 一、总体情况 */</style>
<script>var t = "<p>二、主动公开政府信息情况</p>"; document.write('<table><tr><td>1</td></tr></table>');</script>
</head><body>
<div class="header"><a href="/">沭阳县人民政府</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul>
<table width="1000"><tr><td width="200"><div id="left-menu"><a href="/a">信息公开指南</a><a href="/b">信息公开年报</a></div></td>
<td><div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政府信息公开年报</div>
<div class="content">${body}</div>
<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
<p>【打印本页】 【关闭窗口】</p>
</td></tr></table>
<div id="footer"><p>主办单位：沭阳县人民政府办公室 网站标识码：3213220001</p><p>苏ICP备05000000号</p></div>
<noscript>请开启脚本</noscript>
</body></html>`;
};

describe('a page framed by a site', () => {
  it('keeps only the report: the same text as the bare page', async () => {
    const bare = await read(bytesOf('015.html'), '015.html');
    const framed = await read(new TextEncoder().encode(framedPage()), '015.htm');
    expect(framed.text).toBe(bare.text);
    expect(framed.grids).toEqual(bare.grids);
    expect(framed.text).not.toMatch(/当前位置|分享到|打印本页|主办单位|ICP|document\.write|首页/);
  });

  it('reads a page whose only report text is inside a layout table cell', async () => {
    const html =
      '<html><body><table><tr><td><p>某局2024年政府信息公开工作年度报告</p><p>一、总体情况</p><p>正文。</p>' +
      '<table border="1"><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>3</td></tr></table>' +
      '<p>六、其他需要报告的事项</p><p>无。</p><p>某局</p><p>2025年1月20日</p><p>相关链接：某局2023年报</p></td></tr></table></body></html>';
    const doc = await read(new TextEncoder().encode(html), 'a.html');
    expect(doc.text).toBe(
      '某局2024年政府信息公开工作年度报告\n一、总体情况\n正文。\n信息内容\t本年制发件数\n规章\t3\n六、其他需要报告的事项\n无。\n某局\n2025年1月20日\n',
    );
    expect(doc.grids).toHaveLength(1);
    const [grid] = doc.grids!;
    expect(doc.text.slice(grid!.start, grid!.end)).toBe('信息内容\t本年制发件数\n规章\t3');
  });
});

describe('tables on their grid', () => {
  it('lays rowspan and colspan out as the Word reader does, blank cells as empty fields', async () => {
    const html =
      '<html><body><h1>某局2024年政府信息公开工作年度报告</h1><table>' +
      '<tr><th rowspan=2 colspan=2>项目</th><th colspan=3>申请人</th></tr>' +
      '<tr><th>甲</th><th>乙</th><th>总计</th></tr>' +
      '<tr><td rowspan=2>三、办理结果</td><td>（一）予以公开</td><td>1</td><td>&nbsp;</td><td>1</td></tr>' +
      '<tr><td>（二）部分公开</td><td>2<td>0<td>2</tr>' +
      '</table></body></html>';
    const doc = await read(new TextEncoder().encode(html), 't.html');
    expect(doc.text.split('\n').slice(1, 5)).toEqual([
      '项目\t\t申请人\t\t',
      '\t\t甲\t乙\t总计',
      '三、办理结果\t（一）予以公开\t1\t\t1',
      '\t（二）部分公开\t2\t0\t2',
    ]);
    const cells = doc.segments.filter((s) => s.loc.kind === 'cell').map((s) => s.loc);
    expect(cells).toContainEqual({ kind: 'cell', table: 0, row: 3, cell: 0 });
    expect(doc.grids).toHaveLength(1);
    const [grid] = doc.grids!;
    expect(grid!.columns).toBe(5);
    expect(doc.text.slice(grid!.start, grid!.end)).toBe(
      doc.text.split('\n').slice(1, 5).join('\n'),
    );
  });
});

describe('where the report starts and ends', () => {
  const page = (body: string) => new TextEncoder().encode(`<html><body>${body}</body></html>`);

  it('a title on two lines keeps the agency line; a site name above a full title does not', async () => {
    const twoLines = await read(
      page(
        '<div>沭阳县人民政府</div><p>某县司法局</p><p>2024年政府信息公开工作年度报告</p><p>一、总体情况</p>',
      ),
      'a.html',
    );
    expect(twoLines.text).toBe('某县司法局\n2024年政府信息公开工作年度报告\n一、总体情况\n');
    const full = await read(
      page(
        '<div>沭阳县人民政府</div><h1>某县司法局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p>',
      ),
      'b.html',
    );
    expect(full.text).toBe('某县司法局2024年政府信息公开工作年度报告\n一、总体情况\n');
  });

  it('ends at the signature date under 六, not at a date in an earlier part', async () => {
    const doc = await read(
      page(
        '<h1>某局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>2024年3月1日</p>' +
          '<p>六、其他需要报告的事项</p><p>无。</p><p>某局<br>2025年1月20日</p>' +
          '<p>相关附件：</p><p>上一篇：某局2023年政府信息公开工作年度报告</p>',
      ),
      'c.html',
    );
    expect(doc.text).toBe(
      '某局2024年政府信息公开工作年度报告\n一、总体情况\n2024年3月1日\n六、其他需要报告的事项\n无。\n某局\n2025年1月20日\n',
    );
  });
});
