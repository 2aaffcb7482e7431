// `npm run bench`: times extraction, parsing and checking per format on a corpus built from the
// samples with different tables (txt from the report builder, .docx with the samples' table
// numbers changed, PDFs converted from those by LibreOffice), compares PDF with pdftotext, runs a
// mixed batch through the worker pool of the bundled CLI, and two stress inputs (a 5 MB text, a
// 300-page PDF). Writes bench/results.json and prints the table for the README.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { extractFile } from '../src/main/extract';
import { parseReport } from '../src/shared/parser';
import { runRules } from '../src/shared/rules/engine';
import { allRules } from '../src/shared/rules/registry';
import { buildReportText, consistentCells } from '../test/support/report-builder';
import { flattenLikePdf } from '../test/support/pdf-like';
import { ofdFromPdf, type OfdVariant } from './fixtures/ofd-from-pdf';
import { ocrBench, ocrLine } from './bench-ocr';

const root = join(import.meta.dirname, '..');
const corpus = join(root, 'bench', 'corpus');
const samples = join(root, 'test', 'fixtures', 'samples');
const realSamples = join(root, 'test', 'fixtures', 'real');
const N = Number(process.env.BENCH_N ?? 100);
const N_PDF = Number(process.env.BENCH_PDF ?? Math.min(N, 40));
const MIXED = Number(process.env.BENCH_MIXED ?? 500);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor(s.length / 2)]!;
};
const round = (x: number, digits = 1): number => Number(x.toFixed(digits));
/** A folder of the corpus (bench/corpus, ignored by git), made if missing. */
const dir = (name: string): string => {
  mkdirSync(join(corpus, name), { recursive: true });
  return join(corpus, name);
};
const sampleFiles = (ext: string): string[] =>
  readdirSync(samples)
    .filter((f) => /^\d{3}_[0-9a-f]+\.\w+$/.test(f) && f.endsWith(ext))
    .map((f) => join(samples, f));
const has = (cmd: string, arg: string): boolean => {
  try {
    execFileSync(cmd, [arg], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** N text reports with different tables, half with tab rows (Word-like), half PDF-like. */
const textCorpus = (): string[] =>
  Array.from({ length: N }, (_, i) => {
    const text = buildReportText({ agency: `第${i}区司法局`, cells: consistentCells(i + 1) });
    const file = join(dir('txt'), `r${i}.txt`);
    writeFileSync(file, i % 2 === 0 ? text : flattenLikePdf(text));
    return file;
  });

/** Site furniture a saved page carries around the report: menus, a breadcrumb, a footer. */
const siteFrame = (body: string, i: number): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>年报</title><script>var s${i} = 1;</script>` +
  `<style>.nav{}</style></head><body><ul class="nav">${'<li><a href="/l">栏目</a></li>'.repeat(60)}</ul>` +
  `<div class="location">当前位置：首页 &gt; 政务公开 &gt; 年报</div><div class="content">${body}</div>` +
  `<div class="share">分享到：微信 微博</div><div id="footer">主办单位：第${i}区人民政府</div></body></html>`;

/** N saved pages: the real 015.html framed by a site (its numbers changed), and its Word .mht. */
const pageCorpus = (): string[] => {
  const page = readFileSync(join(realSamples, '015.html'), 'utf8');
  const body = page.slice(page.indexOf('<body>') + 6, page.indexOf('</body>'));
  const mht = readFileSync(join(root, 'test', 'fixtures', 'html', '015-word.mht'));
  return Array.from({ length: N }, (_, i) => {
    if (i % 4 === 3) {
      const file = join(dir('html'), `p${i}.mht`);
      writeFileSync(file, mht);
      return file;
    }
    const file = join(dir('html'), `p${i}.html`);
    writeFileSync(file, siteFrame(body.replace(/<p>26<\/p>/g, `<p>${26 + i}</p>`), i));
    return file;
  });
};

/** N Markdown reports: the real PDF→Markdown conversions 004–006 in turn. */
const markdownCorpus = (): string[] =>
  Array.from({ length: N }, (_, i) => {
    const file = join(dir('md'), `m${i}.md`);
    writeFileSync(file, readFileSync(join(realSamples, `00${4 + (i % 3)}.txt`)));
    return file;
  });

/** A seeded generator (mulberry32): the same corpus on every run. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** The sample .docx files with every number in their tables changed (seeded), N in all. */
const docxCorpus = async (): Promise<string[]> => {
  const bases = sampleFiles('.docx');
  const out: string[] = [];
  for (let i = 0; i < N; i++) {
    const file = join(dir('docx'), `d${i}.docx`);
    out.push(file);
    if (existsSync(file)) continue;
    const zip = await JSZip.loadAsync(readFileSync(bases[i % bases.length]!));
    const xml = await zip.file('word/document.xml')!.async('string');
    const next = random(i + 1);
    const k = 1 + Math.floor(next() * 5);
    const varied = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (table) =>
      table.replace(
        /(<w:t(?: [^>]*)?>)(\d+)(<\/w:t>)/g,
        (_, open: string, n: string, close: string) =>
          `${open}${Number(n) * k + (next() < 0.3 ? Math.floor(next() * 4) : 0)}${close}`,
      ),
    );
    zip.file('word/document.xml', varied);
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  }
  return out;
};

/** PDFs of the first varied .docx files, converted once by LibreOffice and kept in the corpus. */
const pdfCorpus = (docx: readonly string[]): { files: string[]; source: string } => {
  const wanted = docx.slice(0, N_PDF);
  const pdfDir = dir('pdf');
  const target = (d: string) => join(pdfDir, basename(d).replace(/\.docx$/, '.pdf'));
  const missing = wanted.filter((d) => !existsSync(target(d)));
  if (missing.length > 0 && has('soffice', '--version')) {
    const profile = pathToFileURL(join(tmpdir(), 'nianbao-bench-soffice')).href;
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        pdfDir,
        ...missing,
      ],
      { stdio: 'ignore', timeout: 600_000 },
    );
  }
  const made = wanted.map(target).filter((f) => existsSync(f));
  if (made.length > 0) return { files: made, source: 'varied .docx converted by LibreOffice' };
  // Without LibreOffice nothing can vary the PDFs: the samples, as they are.
  return { files: sampleFiles('.pdf'), source: 'sample PDFs unchanged (LibreOffice not found)' };
};

/** OFD reports made from the PDFs (text objects and rules at the PDF's places), variants in turn. */
const ofdCorpus = async (pdfs: readonly string[]): Promise<string[]> => {
  const variants: OfdVariant[] = ['lines', 'filled', 'template', 'glyphs'];
  const out: string[] = [];
  for (const [i, pdf] of pdfs.entries()) {
    const file = join(dir('ofd'), basename(pdf).replace(/\.pdf$/, `.${variants[i % 4]}.ofd`));
    out.push(file);
    if (existsSync(file)) continue;
    writeFileSync(file, await ofdFromPdf(new Uint8Array(readFileSync(pdf)), variants[i % 4]!));
  }
  return out;
};

/** Extraction, parsing and checking timed apart, one file after another in this thread. */
const timePhases = async (files: readonly string[]) => {
  const phases = {
    extract: [] as number[],
    parse: [] as number[],
    check: [] as number[],
    total: [] as number[],
  };
  let failed = 0;
  for (const f of files) {
    const t0 = performance.now();
    const extracted = await extractFile(f);
    const t1 = performance.now();
    if (!extracted.ok) {
      failed++;
      continue;
    }
    const doc = parseReport(extracted.doc.text);
    const t2 = performance.now();
    runRules(doc, allRules);
    const t3 = performance.now();
    phases.extract.push(t1 - t0);
    phases.parse.push(t2 - t1);
    phases.check.push(t3 - t2);
    phases.total.push(t3 - t0);
  }
  const ms = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, round(median(v), 2)]));
  return { n: files.length, failed, msMedian: ms };
};

const pdftotextMs = (files: readonly string[]): number | null => {
  if (!has('pdftotext', '-v')) return null;
  const times = files.map((f) => {
    const t0 = performance.now();
    execFileSync('pdftotext', ['-layout', f, '-'], { stdio: 'ignore' });
    return performance.now() - t0;
  });
  return round(median(times), 2);
};

/** Runs `nianbao check --format json` of the bundled CLI in a child process on `files`. */
const DRIVER = `
import { readFileSync } from 'node:fs';
const [cli, list, out] = process.argv.slice(2);
const { main } = await import(cli);
const files = JSON.parse(readFileSync(list, 'utf8'));
const t0 = performance.now();
const code = await main(['check', '--format', 'json', '--out', out, ...files], { stdout() {}, stderr() {} });
const seconds = (performance.now() - t0) / 1000;
const errors = {};
for (const r of JSON.parse(readFileSync(out, 'utf8')).results)
  if (r.error) errors[r.error.code] = (errors[r.error.code] ?? 0) + 1;
console.log(JSON.stringify({ code, seconds, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), errors }));
`;
const runCli = (files: readonly string[], name: string) => {
  const list = join(corpus, `${name}.json`);
  writeFileSync(list, JSON.stringify(files));
  writeFileSync(join(corpus, 'driver.mjs'), DRIVER);
  const cli = pathToFileURL(join(root, 'dist', 'cli.mjs')).href;
  const stdout = execFileSync(
    process.execPath,
    [join(corpus, 'driver.mjs'), cli, list, join(corpus, `${name}.out.json`)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  const r = JSON.parse(stdout) as {
    seconds: number;
    peakRssMiB: number;
    errors: Record<string, number>;
  };
  return {
    n: files.length,
    seconds: round(r.seconds, 2),
    reportsPerSecond: round(files.length / r.seconds),
    peakRssMiB: r.peakRssMiB,
    errors: r.errors,
  };
};

/** A 5 MB text (a report whose overview is repeated) and a 300-page PDF (the samples' pages). */
const stressInputs = async (pdfs: readonly string[]): Promise<{ text: string; pdf: string }> => {
  const text = join(dir('stress'), 'huge.txt');
  const para =
    '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息 128 条。\n';
  writeFileSync(
    text,
    buildReportText({
      cells: consistentCells(5),
      prose: { '1': para.repeat(Math.ceil((5 << 20) / Buffer.byteLength(para))) },
    }),
  );
  const pdf = join(dir('stress'), 'pages-300.pdf');
  const out = await PDFDocument.create();
  for (let i = 0; out.getPageCount() < 300; i++) {
    const src = await PDFDocument.load(readFileSync(pdfs[i % pdfs.length]!));
    const pages = await out.copyPages(src, src.getPageIndices().slice(0, 300 - out.getPageCount()));
    pages.forEach((p) => out.addPage(p));
  }
  writeFileSync(pdf, await out.save());
  return { text, pdf };
};

/** The mixed batch (txt, docx, PDF in turn) through the CLI, then the two stress inputs. */
const batchRuns = (txt: string[], docx: string[], pdfs: string[]) => {
  const formats = [txt, docx, pdfs];
  const mixed = Array.from(
    { length: MIXED },
    (_, i) => formats[i % 3]![Math.floor(i / 3) % formats[i % 3]!.length]!,
  );
  return {
    mixed: runCli(mixed, 'mixed'),
    stress: async () => {
      const stress = await stressInputs(pdfs);
      return {
        text5MB: runCli([stress.text], 'stress-text'),
        pdf300Pages: runCli([stress.pdf], 'stress-pdf'),
      };
    },
  };
};

const main = async () => {
  // BENCH_ONLY=ocr measures only the OCR (the rest takes minutes).
  if (process.env.BENCH_ONLY === 'ocr') {
    const ocr = await ocrBench(root, corpus);
    console.log(JSON.stringify(ocr, null, 2));
    console.log(ocrLine(ocr));
    return;
  }
  execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  const txt = textCorpus();
  const docx = await docxCorpus();
  const pdf = pdfCorpus(docx);
  // BENCH_ONLY=mixed runs only the batch through the CLI and the two stress inputs, printed
  // (bench/results.json is left as it is): for comparing batch changes in the same conditions.
  if (process.env.BENCH_ONLY === 'mixed') {
    const batch = batchRuns(txt, docx, pdf.files);
    const only = { mixed: batch.mixed, stress: await batch.stress() };
    console.log(JSON.stringify(only, null, 2));
    return;
  }
  const ofd = await ofdCorpus(pdf.files);
  const pages = pageCorpus();
  const markdown = markdownCorpus();
  // Warm-up: module loading and pdf.js set-up are paid once per process, not per report.
  await timePhases([
    ...txt.slice(0, 5),
    ...docx.slice(0, 3),
    ...pdf.files.slice(0, 3),
    ...pages.slice(0, 4),
    ...markdown.slice(0, 3),
  ]);
  const results: Record<string, unknown> = {
    node: process.version,
    cores: (await import('node:os')).availableParallelism(),
    date: new Date().toISOString(),
    corpus: {
      txt: txt.length,
      docx: docx.length,
      pdf: pdf.files.length,
      pdfSource: pdf.source,
      ofd: ofd.length,
      ofdSource: 'the PDFs written as OFD (lines, filled rules, template page, glyph-indexed)',
      html: pages.length,
      md: markdown.length,
    },
    txt: await timePhases(txt),
    docx: await timePhases(docx),
    pdf: await timePhases(pdf.files),
    ofd: await timePhases(ofd),
    html: await timePhases(pages),
    md: await timePhases(markdown),
  };
  const pdftext = pdftotextMs(pdf.files);
  const ours = (results.pdf as { msMedian: { extract: number; total: number } }).msMedian;
  results.pdftotext =
    pdftext === null
      ? null
      : {
          msMedian: pdftext,
          extractRatio: round(ours.extract / pdftext, 2),
          totalRatio: round(ours.total / pdftext, 2),
        };
  const batch = batchRuns(txt, docx, pdf.files);
  results.mixed = batch.mixed;
  results.stress = await batch.stress();
  // Last: the OCR's models stay loaded in this process and would inflate the others' memory.
  results.ocr = await ocrBench(root, corpus);
  writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(JSON.stringify(results, null, 2));
  console.log(table(results));
};

type StressRun = { seconds: number; peakRssMiB: number; errors: Record<string, number> };

/** The README table. */
const table = (r: Record<string, unknown>): string => {
  const f = (k: string) => (r[k] as { msMedian: Record<string, number> }).msMedian;
  const m = r.mixed as { n: number; seconds: number; reportsPerSecond: number; peakRssMiB: number };
  const p = r.pdftotext as { msMedian: number; extractRatio: number; totalRatio: number } | null;
  const row = (k: string, target: string) =>
    `| ${k} | ${f(k).extract} | ${f(k).parse} | ${f(k).check} | ${f(k).total} | ${target} |`;
  return [
    `Node ${r.node as string}, ${r.cores as number} cores; ms per report, median`,
    '',
    '| format | extract | parse | check | total | target |',
    '|---|---|---|---|---|---|',
    row('txt', '≤ 5'),
    row('md', '≤ 5 (as .txt)'),
    row('docx', '≤ 15'),
    row('html', '≤ 15 (as .docx)'),
    row(
      'pdf',
      p
        ? `≤ 2 × pdftotext (${p.msMedian} ms): ${p.totalRatio} × (extraction alone ${p.extractRatio} ×)`
        : '—',
    ),
    row('ofd', `≤ pdf (${f('pdf').total} ms)`),
    '',
    `Mixed batch of ${m.n} through the worker pool: ${m.seconds} s (${m.reportsPerSecond} reports/s), peak RSS ${m.peakRssMiB} MiB (targets for 500: ≤ 10 s, ≤ 600 MiB).`,
    ...Object.entries(r.stress as Record<string, StressRun>).map(
      ([k, v]) =>
        `Stress ${k}: ${v.seconds} s, peak RSS ${v.peakRssMiB} MiB, ${Object.keys(v.errors).length ? `stopped: ${Object.keys(v.errors).join(', ')}` : 'read whole'}.`,
    ),
    ...(r.ocr ? [ocrLine(r.ocr as Parameters<typeof ocrLine>[0])] : []),
  ].join('\n');
};

await main();
