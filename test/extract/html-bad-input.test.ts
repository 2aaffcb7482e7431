// Saved pages as they come: single-file .mht/.mhtml from Word and browsers, charsets that lie,
// broken MIME, pages nested 10^5 deep, huge pages, pages with no report, binary junk. Each is
// read or refused with a Chinese message and a code; nothing on a page ever runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes, type ExtractResult } from '../../src/main/extract';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const bytesOf = (path: string): Uint8Array => new Uint8Array(readFileSync(join(fixtures, path)));
const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');
const fromLatin1 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const ok = (r: ExtractResult) => {
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.doc;
};
const bare = async () => ok(await extractBytes(bytesOf('real/015.html'), '015.html'));

describe('single-file pages', () => {
  it('Word’s .mht (GB2312, quoted-printable, with an image part) reads as the page', async () => {
    const doc = ok(await extractBytes(bytesOf('html/015-word.mht'), '015.mht'));
    expect(doc.format).toBe('mht');
    expect(doc.text).toBe((await bare()).text);
    expect(doc.grids).toEqual((await bare()).grids);
    expect(doc.notes).toEqual([]);
  });

  it('a browser’s .mhtml (UTF-8, a stylesheet part before the page) reads as the page', async () => {
    const doc = ok(await extractBytes(bytesOf('html/015-blink.mhtml'), '015.mhtml'));
    expect(doc.text).toBe((await bare()).text);
    expect(doc.text).not.toContain('display');
  });

  it('a charset that lies (UTF-8 declared, GBK bytes) is read by what decodes, with a note', async () => {
    const doc = ok(await extractBytes(bytesOf('html/015-lying-charset.mht'), 'x.mht'));
    expect(doc.text).toBe((await bare()).text);
    expect(doc.notes).toEqual([expect.stringMatching(/声明的编码（UTF-8）与内容不符.*GB18030/)]);
  });

  it('a page declaring GB2312 that holds UTF-8 is read as UTF-8, with a note', async () => {
    const page = new TextDecoder()
      .decode(bytesOf('real/015.html'))
      .replace(
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
      );
    const doc = ok(await extractBytes(utf8(page), '015.htm'));
    expect(doc.text).toBe((await bare()).text);
    expect(doc.notes[0]).toMatch(/声明的编码（GBK）与内容不符，已按 UTF-8 读取/);
  });

  it('a page saved as UTF-16 with a BOM reads as the page', async () => {
    const page = new TextDecoder().decode(bytesOf('real/015.html'));
    const bytes = new Uint8Array(Buffer.from('\ufeff' + page, 'utf16le'));
    const doc = ok(await extractBytes(bytes, '015.htm'));
    expect(doc.format).toBe('html');
    expect(doc.text).toBe((await bare()).text);
  });

  it('a boundary that does not match the parts: the body’s own delimiter is used', async () => {
    const blink = latin1(bytesOf('html/015-blink.mhtml')).replace(
      'boundary="----MultipartBoundary--Qx2b1nN----"',
      'boundary="----MultipartBoundary--LOST----"',
    );
    const word = latin1(bytesOf('html/015-word.mht')).replace(
      'boundary="----=_NextPart_01DA4C2B.5F3E2A40"',
      'boundary=other',
    );
    for (const broken of [blink, word]) {
      const doc = ok(await extractBytes(fromLatin1(broken), '015.mht'));
      expect(doc.text).toBe((await bare()).text);
    }
  });

  it('parts without any delimiter line are found by their Content-Type headers', async () => {
    const page =
      '<html><body><p>某局2024年政府信息公开工作年度报告</p><p>一、总体情况</p></body></html>';
    const mht =
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="gone"\r\n\r\n' +
      `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(page).toString('base64')}\r\n`;
    const doc = ok(await extractBytes(utf8(mht), 'x.mht'));
    expect(doc.text).toBe('某局2024年政府信息公开工作年度报告\n一、总体情况\n');
  });

  it('an .mht with no page in it, or no parts at all, is CORRUPT_FILE with advice', async () => {
    const imagesOnly = latin1(bytesOf('html/015-word.mht')).replace(
      'Content-Type: text/html; charset="gb2312"',
      'Content-Type: application/octet-stream',
    );
    const r1 = await extractBytes(fromLatin1(imagesOnly), '图片.mht');
    expect(!r1.ok && r1.error.code).toBe('CORRUPT_FILE');
    expect(!r1.ok && r1.error.message).toMatch(
      /「图片\.mht」.*已损坏（其中没有网页正文部分）.*另存为/,
    );
    const noParts =
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n\r\n乱码';
    const r2 = await extractBytes(utf8(noParts), '坏.mht');
    expect(!r2.ok && r2.error.code).toBe('CORRUPT_FILE');
    expect(!r2.ok && r2.error.message).toMatch(/MIME 分段边界缺失/);
  });
});

describe('pages that try to hurt', () => {
  it('10^5 nested elements are read without overflowing', async () => {
    const n = 100_000;
    const page =
      '<html><body>' +
      '<div>'.repeat(n) +
      '<p>某局2024年政府信息公开工作年度报告</p><p>一、总体情况</p>' +
      '</div>'.repeat(n) +
      '<table>'.repeat(n) +
      '<tr><td>深处</td></tr>' +
      '</table>'.repeat(n) +
      '</body></html>';
    const doc = ok(await extractBytes(utf8(page), 'deep.html'));
    expect(doc.text).toContain('某局2024年政府信息公开工作年度报告\n一、总体情况\n');
    expect(doc.text).toContain('深处');
  });

  it('a huge page (10^5 menu links around the report) keeps only the report', async () => {
    const menu = '<ul class="nav">' + '<li><a href="/x">栏目链接</a></li>'.repeat(50_000) + '</ul>';
    const page = new TextDecoder()
      .decode(bytesOf('real/015.html'))
      .replace('<body>', `<body>${menu}`)
      .replace('</body>', `${menu}</body>`);
    expect(page.length).toBeGreaterThan(2_500_000);
    const doc = ok(await extractBytes(utf8(page), 'big.html'));
    expect(doc.text).toBe((await bare()).text);
  });

  it('a page of more than 300 000 elements is FILE_TOO_LARGE, with a message', async () => {
    const page =
      '<html><body><p>某局2024年政府信息公开工作年度报告</p>' + '<i></i>'.repeat(310_000);
    const r = await extractBytes(utf8(page), '炸弹.html');
    expect(!r.ok && r.error.code).toBe('FILE_TOO_LARGE');
    expect(!r.ok && r.error.message).toMatch(/「炸弹\.html」的网页元素超过 30 万个/);
  });

  it('scripts, handlers and markup in strange places never become text', async () => {
    const page =
      '<html><body><h1>某局2024年政府信息公开工作年度报告</h1>' +
      '<script>document.body.innerHTML = "<p>一、总体情况</p>"; if (a < b && c > d) {}</script>' +
      '<SCRIPT type="text/javascript">alert("</scr" + "ipt>")</SCRIPT>' +
      '<p onclick="steal()" title="a>b">甲 &lt;乙&gt; &amp; 丙 &#20013;&#x6587;</p>' +
      '<img src=x onerror="alert(1)"><svg onload="alert(2)"><text>图</text></svg>' +
      '<style>p::after { content: "二、主动公开" }</style><!-- <p>注释</p> -->' +
      '<p>1 < 2 </p></div></span><p>六、其他需要报告的事项<p>无。<p>2025年1月1日</body></html>';
    const doc = ok(await extractBytes(utf8(page), 's.html'));
    expect(doc.text).toBe(
      '某局2024年政府信息公开工作年度报告\n甲 <乙> & 丙 中文\n1 < 2\n六、其他需要报告的事项\n无。\n2025年1月1日\n',
    );
  });

  it('a page with no report is read whole with a note; a page with no text is EMPTY_FILE', async () => {
    const doc = ok(
      await extractBytes(
        utf8('<html><body><p>欢迎访问</p><p>联系我们</p></body></html>'),
        'a.html',
      ),
    );
    expect(doc.text).toBe('欢迎访问\n联系我们\n');
    expect(doc.notes).toEqual([expect.stringMatching(/未找到年度报告的标题/)]);
    const empty = await extractBytes(
      utf8('<html><head><script>load()</script></head><body><div id="app"></div></body></html>'),
      '空.html',
    );
    expect(!empty.ok && empty.error.code).toBe('EMPTY_FILE');
    expect(!empty.ok && empty.error.message).toMatch(/「空\.html」中没有正文文字/);
  });

  it('binary bytes behind an HTML start are NOT_TEXT, with a message', async () => {
    const junk = new Uint8Array(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
    const bytes = new Uint8Array([...utf8('<html><body>'), ...junk]);
    const r = await extractBytes(bytes, '坏.html');
    expect(!r.ok && r.error.code).toBe('NOT_TEXT');
    expect(!r.ok && r.error.message).toMatch(/「坏\.html」的内容无法识别为文字/);
  });
});
