// The Word 汇总表: the official blank form (assets/template-2021.docx) with its three tables
// filled with the sums, its title naming the area and year, and its prose blanks saying what the
// sums cover (一), what the check found (五) and which reports were left out (六).
import JSZip from 'jszip';
import { formLayouts } from '../../shared/model/form-layout';
import type { RollupView } from '../../shared/rollup/view';
import { FORM_TEMPLATE_BASE64 } from './form-template';
import { rollupNote } from './rollup-xlsx';
import { rollupTitle } from './rollup-title';

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const TABLE = /<w:tbl>[\s\S]*?<\/w:tbl>/g;
const CELL = /<w:tc>[\s\S]*?<\/w:tc>/g;
const RUN_PROPS =
  '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/><w:sz w:val="18"/></w:rPr>';

const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** A cell the form leaves blank for a number: no text, not the continuation of a merge. */
const isValueCell = (tc: string): boolean =>
  textOf(tc).trim() === '' && !/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/.test(tc);

/** Puts `text` into the last paragraph of a blank cell. */
const fillCell = (tc: string, text: string): string => {
  const run = `<w:r>${RUN_PROPS}<w:t>${escapeXml(text)}</w:t></w:r>`;
  const close = tc.lastIndexOf('</w:p>');
  if (close >= 0) return tc.slice(0, close) + run + tc.slice(close);
  return tc.replace(/<w:p(\s[^>]*)?\/>(?![\s\S]*<w:p[\s>])/, (_m, attrs = '') => {
    return `<w:p${attrs}><w:pPr><w:jc w:val="center"/></w:pPr>${run}</w:p>`;
  });
};

const show = (v: number | null | undefined): string =>
  v === null || v === undefined ? '' : String(v);

/** Replaces the text of the paragraph whose whole text is `from` (the first such paragraph). */
const replaceParagraph = (xml: string, from: string, to: string): string => {
  const paragraphs = xml.match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? [];
  const hit = paragraphs.find((p) => !p.includes('<w:tbl>') && textOf(p).trim() === from);
  if (!hit) return xml;
  let first = true;
  const replaced = hit.replace(/(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g, (_m, open, _t, close) => {
    const out = first ? `${open}${escapeXml(to)}${close}` : `${open}${close}`;
    first = false;
    return out;
  });
  return xml.replace(hit, replaced);
};

/** The template's document.xml with the tables filled (value cells in the form's reading order). */
export const fillForm = (xml: string, view: RollupView): string => {
  // The template has 3.6.1–3.6.3; a 2019 row is not split, so it is said in the prose instead.
  const layouts = formLayouts(false);
  let index = 0;
  return xml.replace(TABLE, (table) => {
    const layout = layouts[index++];
    if (!layout) return table;
    const paths = [...layout.head, ...layout.body]
      .flat()
      .flatMap((c) => (c.kind === 'value' ? [c.path] : []));
    let at = 0;
    return table.replace(CELL, (tc) => {
      if (!isValueCell(tc) || at >= paths.length) return tc;
      return fillCell(tc, show(view.rollup.cells[paths[at++]!]?.value));
    });
  });
};

const coverage = (view: RollupView): string => {
  const legacy = view.rollup.legacyOther;
  const row = legacy
    ? `2019 年格式报告的“（六）其他处理”未分项，共 ${legacy['total'] ?? 0} 件，已计入“（七）总计”，未计入（六）各分项。`
    : '';
  return `${rollupNote(view)}。${row}`;
};

const checkSummary = (view: RollupView): string =>
  view.rollup.findings.length === 0
    ? '汇总表各项勾稽关系均成立。'
    : view.rollup.findings.map((f) => f.message).join('');

const excludedSummary = (view: RollupView): string =>
  view.rollup.excluded.length === 0
    ? '所选报告均已汇总。'
    : '未汇总的报告：' +
      view.rollup.excluded
        .map((e) => `${e.agency}（第 ${e.version} 版）：${e.reasons.join('')}`)
        .join('；');

export const writeRollupDocx = async (view: RollupView): Promise<Uint8Array> => {
  const zip = await JSZip.loadAsync(Buffer.from(FORM_TEMPLATE_BASE64, 'base64'));
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('内置的年报格式模板已损坏，无法生成 Word 汇总表。');
  let xml = fillForm(await file.async('string'), view);
  xml = replaceParagraph(xml, '政府信息公开工作年度报告格式模板', rollupTitle(view));
  xml = replaceParagraph(xml, '（文字描述）', coverage(view));
  xml = replaceParagraph(xml, '（文字描述）', checkSummary(view));
  xml = replaceParagraph(
    xml,
    '（文字描述，收取信息处理费情况在此处报告。）',
    excludedSummary(view),
  );
  zip.file('word/document.xml', xml);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
};
