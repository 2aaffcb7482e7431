// The annotated OFD: findings as Highlight annotations over the flagged text, read back from
// the package; every other part unchanged; the text read from it is the text read before.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/main/check/check-file';
import { annotateOfd } from '../../src/main/export/annotate-ofd';
import { annotateReport } from '../../src/main/export/annotate';
import { entryFromChecked } from '../../src/main/export/from-checked';
import { extractBytes } from '../../src/main/extract';
import { OfdPackage, resolvePath } from '../../src/main/extract/ofd/package';
import { readStructure } from '../../src/main/extract/ofd/structure';
import { at, attr, box, kids, textOf } from '../../src/main/extract/ofd/xml';
import type { ReportEntry } from '../../src/main/export/types';

const options = {
  reviewer: '张审核',
  date: new Date('2025-01-20T08:00:00Z'),
  scope: 'all' as const,
};
const path = (name: string): string => new URL(`../fixtures/ofd/${name}`, import.meta.url).pathname;

const entryOf = async (file: string): Promise<ReportEntry> => {
  const entry = entryFromChecked(await checkFile(file));
  if (!entry) throw new Error(`${file} could not be read`);
  return entry;
};

interface ReadAnnot {
  page: number;
  type: string;
  creator: string;
  remark: string;
  boundary: [number, number, number, number];
}

/** The annotations of every page, as an OFD reader finds them. */
const readAnnots = (bytes: Uint8Array): ReadAnnot[] => {
  const pkg = new OfdPackage(bytes, 1e8);
  const out: ReadAnnot[] = [];
  for (const doc of readStructure(pkg)) {
    if (!doc.annotations) continue;
    for (const p of kids(pkg.xml(doc.annotations), 'Page')) {
      const page = doc.pages.find((x) => x.id === attr(p, 'PageID'))!;
      const file = resolvePath(doc.annotations, textOf(at(p, 'FileLoc')));
      for (const a of kids(pkg.xml(file), 'Annot')) {
        out.push({
          page: page.number,
          type: attr(a, 'Type')!,
          creator: attr(a, 'Creator')!,
          remark: textOf(at(a, 'Remark')),
          boundary: box(attr(at(a, 'Appearance'), 'Boundary'))!,
        });
      }
    }
  }
  return out;
};

const overlap = (a: readonly number[], b: readonly number[]): boolean =>
  a[0]! < b[0]! + b[2]! && b[0]! < a[0]! + a[2]! && a[1]! < b[1]! + b[3]! && b[1]! < a[1]! + a[3]!;

describe('annotated OFD', () => {
  it('each finding is a Highlight over its text, with the message as its remark', async () => {
    const file = path('nonzero-merged.lines.ofd');
    const entry = await entryOf(file);
    const original = new Uint8Array(readFileSync(file));
    const r = await annotateOfd(original, entry, options);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.stats.notes).toBe(entry.findings.length);
    expect(r.value.stats.unplaced).toBe(0);
    const annots = readAnnots(r.value.bytes);
    expect(annots.length).toBe(r.value.stats.highlights);
    expect(annots.every((a) => a.type === 'Highlight' && a.creator === '张审核')).toBe(true);
    // The typo finding: its remark names the wrong word, its box covers it in the page's text.
    const typo = annots.find((a) =>
      a.remark.includes('「政府信箱公开申请」应为「政府信息公开申请」'),
    )!;
    expect(typo).toBeDefined();
    const reread = await extractBytes(r.value.bytes, 'x.ofd');
    expect(reread.ok).toBe(true);
    if (!reread.ok) return;
    const under = reread.doc.segments
      .filter(
        (s) =>
          s.loc.kind === 'ofd' && s.loc.page === typo.page && overlap(s.loc.box, typo.boundary),
      )
      .map((s) => reread.doc.text.slice(s.start, s.end))
      .join('');
    expect(under).toContain('政府信箱');
    // Annotations stay out of the text: the annotated file reads exactly as the original.
    const before = await extractBytes(original, 'x.ofd');
    expect(before.ok && reread.doc.text === before.doc.text).toBe(true);
  });

  it('every part of the original is unchanged but Document.xml and the annotation parts', async () => {
    const file = path('nonzero-flat.filled.ofd');
    const original = new Uint8Array(readFileSync(file));
    const r = await annotateOfd(original, await entryOf(file), options);
    if (!r.ok) throw new Error(r.error.message);
    const a = await JSZip.loadAsync(original);
    const b = await JSZip.loadAsync(r.value.bytes);
    const added = Object.keys(b.files).filter((n) => !a.files[n] && !b.files[n]!.dir);
    expect(added.sort()).toEqual(
      expect.arrayContaining([
        'Doc_0/Annots/Annotations.xml',
        'Doc_0/Annots/Page_1/NianbaoAnnotation.xml',
      ]),
    );
    for (const name of Object.keys(a.files)) {
      if (name === 'Doc_0/Document.xml' || a.files[name]!.dir) continue;
      expect(await b.file(name)!.async('string'), name).toBe(await a.file(name)!.async('string'));
    }
    const doc = await b.file('Doc_0/Document.xml')!.async('string');
    expect(doc).toContain('<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>');
  });

  it('a package with annotations already: added to the page’s own annotation file', async () => {
    const file = path('real/table_wenjianchuli_signout.ofd');
    const original = new Uint8Array(readFileSync(file));
    const before = readAnnots(original);
    expect(before.length).toBeGreaterThan(0);
    const entry = await entryOf(file);
    // A reviewer's remark on the form's title.
    const at0 = entry.report.text.indexOf('来文文号');
    entry.comments.push({ span: [at0, at0 + 4], text: '请核对文号', reviewer: '李审核' });
    const r = await annotateOfd(original, entry, options);
    if (!r.ok) throw new Error(r.error.message);
    const after = readAnnots(r.value.bytes);
    expect(after.length).toBe(before.length + r.value.stats.highlights + r.value.stats.unplaced);
    const mine = after.find((a) => a.remark.includes('请核对文号'))!;
    expect(mine.creator).toBe('李审核');
    expect(mine.page).toBe(1);
  });

  it('annotateReport dispatches an OFD to OFD annotations', async () => {
    const file = path('tall-rows.template.ofd');
    const r = await annotateReport(
      new Uint8Array(readFileSync(file)),
      await entryOf(file),
      options,
    );
    expect(r.ok && r.value.extension).toBe('ofd');
  });

  it('a broken package is a Chinese error, not a throw', async () => {
    const file = path('nonzero-merged.lines.ofd');
    const entry = await entryOf(file);
    const r = await annotateOfd(
      new Uint8Array(readFileSync(file)).subarray(0, 500),
      entry,
      options,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('CORRUPT_FILE');
    expect(r.error.message).toMatch(/不是有效的 OFD 文件/);
  });
});
