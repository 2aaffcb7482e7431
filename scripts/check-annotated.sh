#!/usr/bin/env bash
# Checks the annotated Word exports with LibreOffice, outside the test suite: each sample .docx
# is annotated with the catalogue's findings, converted to PDF with its comments exported as
# notes, and every comment must come out as a PDF note with its text. Needs `soffice`.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export ROOT
if ! command -v soffice >/dev/null 2>&1; then
  echo "未找到 soffice（LibreOffice），无法检查批注版在 LibreOffice 中的显示。" >&2
  exit 2
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export WORK

cat >"$WORK/make.mts" <<'EOF'
// Annotates every sample .docx and records how many comments each got.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
const root = process.env.ROOT!;
const work = process.env.WORK!;
const { extractFile } = await import(`${root}/src/main/extract/index.ts`);
const { parseReport } = await import(`${root}/src/shared/parser/index.ts`);
const { runRules } = await import(`${root}/src/shared/rules/engine.ts`);
const { allRules } = await import(`${root}/src/shared/rules/registry.ts`);
const { annotateDocx, entryFromParsed } = await import(`${root}/src/main/export/index.ts`);
const dir = `${root}/test/fixtures/samples`;
const expected: Record<string, { comments: number; texts: string[] }> = {};
for (const file of readdirSync(dir).filter((f) => f.endsWith('.docx'))) {
  const extracted = await extractFile(`${dir}/${file}`);
  if (!extracted.ok) {
    console.error(`${file}: ${extracted.error.message}`);
    continue;
  }
  const doc = parseReport(extracted.doc.text);
  const findings = runRules(doc, allRules);
  const entry = entryFromParsed({
    fileName: file, format: 'docx', doc, findings,
    segments: extracted.doc.segments, rawText: extracted.doc.text,
  });
  const t0 = performance.now();
  const result = await annotateDocx(new Uint8Array(readFileSync(`${dir}/${file}`)), entry, { reviewer: '检查脚本' });
  if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
  const ms = (performance.now() - t0).toFixed(0);
  console.log(`${file}: ${findings.length} 个问题，${result.value.stats.comments} 条批注，${ms} ms`);
  const out = file.replace(/\.docx$/, '.annotated.docx');
  writeFileSync(`${work}/${out}`, result.value.bytes);
  expected[out.replace(/\.docx$/, '.pdf')] = { comments: result.value.stats.comments, texts: [] };
}
writeFileSync(`${work}/expected.json`, JSON.stringify(expected));
EOF

cat >"$WORK/count.mts" <<'EOF'
// Counts the notes LibreOffice exported into each PDF and compares with the comments written.
import { readFileSync } from 'node:fs';
const root = process.env.ROOT!;
const work = process.env.WORK!;
const pdfjs = await import(`${root}/node_modules/pdfjs-dist/legacy/build/pdf.mjs`);
const expected = JSON.parse(readFileSync(`${work}/expected.json`, 'utf8')) as Record<string, { comments: number }>;
let failed = 0;
for (const [pdfName, { comments }] of Object.entries(expected)) {
  const task = pdfjs.getDocument({ data: new Uint8Array(readFileSync(`${work}/${pdfName}`)) });
  const pdf = await task.promise;
  let notes = 0;
  for (let p = 1; p <= pdf.numPages; p++) {
    const annots = await (await pdf.getPage(p)).getAnnotations();
    notes += annots.filter((a: { subtype: string }) => a.subtype === 'Text').length;
  }
  await task.destroy();
  const ok = notes === comments;
  if (!ok) failed++;
  console.log(`${ok ? '通过' : '不符'} ${pdfName}: 写入 ${comments} 条批注，LibreOffice 导出 ${notes} 条注释`);
}
process.exit(failed === 0 ? 0 : 1);
EOF

cd "$ROOT"
npx tsx "$WORK/make.mts"
for f in "$WORK"/*.annotated.docx; do
  soffice --headless --norestore \
    --convert-to 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}' \
    --outdir "$WORK" "$f" >/dev/null 2>&1
done
npx tsx "$WORK/count.mts"
