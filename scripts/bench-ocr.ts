// OCR part of `npm run bench`: seconds per recognized page (table pages from the scan fixtures,
// text pages rendered from the official-form fixture when pdftoppm is there) and peak memory.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractFile } from '../src/main/extract';

export interface OcrBench {
  modelLoadSeconds: number;
  tablePageSeconds: number[];
  textPageSeconds: number[];
  /** CPU seconds (user + system, both threads) per page: what a busy machine does not change. */
  tablePageCpuSeconds: number[];
  textPageCpuSeconds: number[];
  peakRssMiB: number;
}

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Wall and CPU seconds of each recognized page of a file (from one page start to the next). */
const pageSeconds = async (file: string): Promise<{ wall: number[]; cpu: number[] }> => {
  const starts: Array<[number, number]> = [];
  const r = await extractFile(file, {
    timeoutMs: 600_000,
    onOcrPage: () => starts.push([performance.now(), cpu()]),
  });
  const end: [number, number] = [performance.now(), cpu()];
  if (!r.ok) throw new Error(`${file}: ${r.error.message}`);
  const span = (k: 0 | 1, scale: number) =>
    starts.map((s, i) => Number((((starts[i + 1] ?? end)[k] - s[k]) / scale).toFixed(2)));
  return { wall: span(0, 1000), cpu: span(1, 1) };
};

export const ocrBench = async (root: string, corpus: string): Promise<OcrBench> => {
  const fixtures = join(root, 'test', 'fixtures', 'ocr');
  // The first page pays for loading the models: measured apart on a small page.
  const t0 = performance.now();
  const { ocrModels } = await import('../src/main/extract/ocr/models');
  await ocrModels();
  const modelLoadSeconds = Number(((performance.now() - t0) / 1000).toFixed(2));
  const tables = [
    await pageSeconds(join(fixtures, 'tables-200dpi.pdf')),
    await pageSeconds(join(fixtures, 'table-150dpi.jpg')),
  ];
  const tablePageSeconds = tables.flatMap((t) => t.wall);
  const tablePageCpuSeconds = tables.flatMap((t) => t.cpu);
  const textPageSeconds: number[] = [];
  const textPageCpuSeconds: number[] = [];
  try {
    const dir = join(corpus, 'ocr');
    mkdirSync(dir, { recursive: true });
    const pdf = join(fixtures, '..', 'pdf', 'nonzero-flat.pdf');
    // Two text pages of the PDF (1 and 4), rendered as a scanner would at 200 dpi.
    for (const page of ['1', '4'])
      execFileSync('pdftoppm', [
        '-r',
        '200',
        '-gray',
        '-png',
        '-f',
        page,
        '-l',
        page,
        pdf,
        join(dir, 'text'),
      ]);
    for (const f of readdirSync(dir).filter((f) => f.startsWith('text') && f.endsWith('.png'))) {
      const t = await pageSeconds(join(dir, f));
      textPageSeconds.push(...t.wall);
      textPageCpuSeconds.push(...t.cpu);
    }
  } catch {
    // No pdftoppm: text pages are not measured.
  }
  const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  return {
    modelLoadSeconds,
    tablePageSeconds,
    textPageSeconds,
    tablePageCpuSeconds,
    textPageCpuSeconds,
    peakRssMiB,
  };
};

export const ocrLine = (o: OcrBench): string => {
  const mean = (xs: number[]) =>
    xs.length ? (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1) : '—';
  return (
    `OCR (bundled PP-OCRv4, onnxruntime-node, 2 threads): model load ${o.modelLoadSeconds} s; ` +
    `table pages ${o.tablePageSeconds.join(' / ')} s (mean ${mean(o.tablePageSeconds)}, target ≤ 4; ` +
    `CPU ${o.tablePageCpuSeconds.join(' / ')} s); ` +
    `text pages ${o.textPageSeconds.join(' / ') || '—'} s (mean ${mean(o.textPageSeconds)}, target ≤ 6; ` +
    `CPU ${o.textPageCpuSeconds.join(' / ') || '—'} s); ` +
    `peak RSS ${o.peakRssMiB} MiB (target ≤ 1536).`
  );
};
