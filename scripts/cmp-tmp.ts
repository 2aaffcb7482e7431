import { extractFile } from '../src/main/extract';
import { parseReport } from '../src/shared/parser';
const t = Date.now();
const ref = await extractFile('/work/wt/ocr/test/fixtures/docx/nonzero-flat.docx');
const got = await extractFile(process.argv[2]!, { onOcrPage: (p, n) => console.error(`正在识别第 ${p}/${n} 页`, Date.now() - t) });
if (!ref.ok || !got.ok) { console.log(ref, got); process.exit(1); }
console.error('ms', Date.now() - t);
const a = parseReport(ref.doc.text).report.cells;
const b = parseReport(got.doc.text).report.cells;
let same = 0, diff = 0, nulls = 0;
for (const k of Object.keys(a)) {
  const va = a[k]!.value, vb = b[k]?.value ?? null;
  if (vb === null && va !== null) { nulls++; console.log('null', k, va, JSON.stringify(b[k]?.raw)); continue; }
  if (va === vb) same++; else { diff++; console.log('DIFF', k, va, vb, JSON.stringify(b[k]?.raw)); }
}
console.log({ same, diff, nulls });
console.log(JSON.stringify(got.doc.uncertain, null, 1), got.doc.notes);
if (process.argv[3]) console.log(got.doc.text);
