#!/usr/bin/env node
// Where a PDF's first page goes: Chrome tracing (page and pdf.js worker threads, with V8's
// sampling profiler) around one open of a real PDF in the built renderer, as measure-ui.mjs
// opens it; prints, per thread, the busy time between the click and the painted frame and the
// functions that took it (self time), and writes the trace (path printed) for Perfetto.
// Usage: node scripts/ui/trace-first-page.mjs [--no-build] [--timeline] [file.pdf]   (default 001.pdf)
// --timeline: no sampling profiler (it slows every thread ~3×), and instead a timeline by thread
// — the page, pdf.js's worker, its rendering worker, the parse worker, each named by the script
// it runs — of every task over 1 ms between the click and the painted frame, with what filled it
// (the longest event inside: a JS call and its function, a GC, a message handled, a paint).
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { OPEN_MARKS, importOne, prepare, root } from './import-one.mjs';

/* global document -- in page.evaluate */
// Resolved: the bridge imports by absolute path (a relative one never reached the register).
const given = process.argv.slice(2).find((a) => !a.startsWith('--'));
const file = given ? resolve(given) : join(root, 'test', 'fixtures', 'real', '001.pdf');
const timeline = process.argv.includes('--timeline');
const { launch, installBridge, serveRenderer } = await prepare();

const server = await serveRenderer(process.env.RENDERER_DIR ?? join(root, 'out', 'renderer'));
const browser = await launch();
const out = join(tmpdir(), 'nianbao-trace-first-page.json');
try {
  const { context, page, summary } = await importOne({
    browser,
    serverUrl: server.url,
    installBridge,
    initScript: OPEN_MARKS,
    file,
  });
  // TRACE_WAIT=ms: the reviewer's pause after the import (the window's idle work done).
  await page.waitForTimeout(Number(process.env.TRACE_WAIT ?? 0));
  await browser.startTracing(page, {
    path: out,
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      'toplevel',
      ...(timeline
        ? process.env.TRACE_V8
          ? ['v8', 'disabled-by-default-v8.gc']
          : []
        : ['v8.execute', 'disabled-by-default-v8.cpu_profiler']),
    ],
  });
  await page.locator(`tr[data-report-id="${summary.id}"]`).click();
  await page.waitForFunction(() => performance.getEntriesByName('nianbao:painted').length > 0);
  const list = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('nianbao:'))
      .map((m) => [m.name, m.startTime]),
  );
  const marks = Object.fromEntries(list);
  // The pane's room for pages and page 1's width on screen (page 1 is drawn ahead for a room).
  console.log(
    'pdf-view width',
    await page.evaluate(() => document.querySelector('.pdf-view')?.clientWidth),
    'page 1',
    await page.evaluate(() => document.querySelector('.pdf-page')?.style.width),
  );
  await page.waitForTimeout(300);
  await browser.stopTracing();
  await context.close();
  const click = marks['nianbao:click-event'];
  console.log(list.map(([k, v]) => `${k.slice(8)} +${Math.round(v - click)}`).join('  '));
  const trace = JSON.parse(readFileSync(out, 'utf8'));
  if (timeline) printTimeline(trace);
  else summarise(trace);
  console.log(`trace: ${out}`);
} finally {
  await browser.close();
  await server.close();
}

/** Per thread: busy ms in [click, painted] and the top functions by self time (sampled). */
function summarise(trace) {
  const events = trace.traceEvents ?? trace;
  const names = new Map();
  for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  // The user-timing mark of the click gives the trace clock's offset to performance.now().
  const clickEvent = events.find((e) => e.name === 'nianbao:click-event' && e.ph !== 'e');
  const paintEvent = events.find((e) => e.name === 'nianbao:painted' && e.ph !== 'e');
  if (!clickEvent || !paintEvent) return console.log('marks not in the trace');
  const t0 = clickEvent.ts;
  const t1 = paintEvent.ts;
  // Busy: top-level tasks per thread (clipped to the window).
  const busy = new Map();
  for (const e of events) {
    if (
      e.ph !== 'X' ||
      !e.dur ||
      (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask')
    )
      continue;
    const a = Math.max(e.ts, t0);
    const b = Math.min(e.ts + e.dur, t1);
    if (b <= a) continue;
    const k = `${e.pid}:${e.tid}`;
    busy.set(k, (busy.get(k) ?? 0) + (b - a) / 1000);
  }
  console.log(`window ${((t1 - t0) / 1000).toFixed(0)} ms`);
  for (const [k, ms] of [...busy].sort((a, b) => b[1] - a[1]).slice(0, 8))
    console.log(`  ${(names.get(k) ?? k).padEnd(28)} busy ${ms.toFixed(0)} ms`);
  // Samples: Profile / ProfileChunk events per (pid, id).
  const profiles = new Map();
  for (const e of events) {
    if (e.name === 'Profile')
      profiles.set(`${e.pid}:${e.id}`, {
        tid: `${e.pid}:${e.tid}`,
        start: e.args.data.startTime,
        nodes: new Map(),
        samples: [],
        deltas: [],
      });
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    if (!p) continue;
    const d = e.args.data;
    for (const n of d.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    p.samples.push(...(d.cpuProfile?.samples ?? []));
    p.deltas.push(...(d.timeDeltas ?? []));
  }
  for (const p of profiles.values()) {
    let t = p.start;
    const self = new Map();
    let total = 0;
    for (let i = 0; i < p.samples.length; i++) {
      const prev = t;
      t += p.deltas[i] ?? 0;
      if (t < t0 || t > t1) continue;
      const n = p.nodes.get(p.samples[i]);
      const f = n?.callFrame;
      if (!f || f.functionName === '(idle)' || f.functionName === '(program)') continue;
      const name = `${f.functionName || '(anon)'} ${(f.url ?? '').split('/').pop()}:${f.lineNumber}`;
      const ms = Math.min(t - prev, 5000) / 1000;
      self.set(name, (self.get(name) ?? 0) + ms);
      total += ms;
    }
    if (total < 5) continue;
    console.log(`\n${names.get(p.tid) ?? p.tid}: sampled ${total.toFixed(0)} ms`);
    for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 18))
      console.log(`  ${ms.toFixed(1).padStart(7)}  ${name}`);
  }
}

/** The threads of the trace, the workers named by the script they run (from their JS calls). */
function threadNames(events) {
  const names = new Map();
  for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  for (const e of events) {
    const url = e.args?.data?.url;
    const k = `${e.pid}:${e.tid}`;
    if (!url || !names.get(k)?.startsWith('DedicatedWorker')) continue;
    const script = url.split('/').pop().split(/[-.]/)[0];
    names.set(k, `worker ${script === 'pdf' ? url.split('/').pop().split('-')[0] : script}`);
  }
  return names;
}

/** --timeline: per thread, its tasks over 1 ms in [click, painted] and what filled each. */
function printTimeline(trace) {
  const events = (trace.traceEvents ?? trace).filter(
    (e) => e.ph === 'X' || e.ph === 'R' || e.ph === 'I' || e.ph === 'b' || e.ph === 'n',
  );
  const names = threadNames(trace.traceEvents ?? trace);
  const click = events.find((e) => e.name === 'nianbao:click-event');
  const paint = events.find((e) => e.name === 'nianbao:painted');
  if (!click || !paint) return console.log('marks not in the trace');
  const t0 = click.ts;
  const t1 = paint.ts;
  const ms = (ts) => Math.round((ts - t0) / 1000);
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const k = `${e.pid}:${e.tid}`;
    if (!byThread.has(k)) byThread.set(k, []);
    byThread.get(k).push(e);
  }
  const inner = new Set([
    'FunctionCall',
    'EvaluateScript',
    'HandlePostMessage',
    'MinorGC',
    'MajorGC',
    'V8.GCScavenger',
    'V8.GC_MC_BACKGROUND_MARKING',
    'Paint',
    'Layout',
    'UpdateLayoutTree',
    'PrePaint',
    'Commit',
    'TimerFire',
    'FireAnimationFrame',
    'RunMicrotasks',
    'HitTest',
    'EventDispatch',
    'DecompressionStream Inflate',
    'v8.compile',
    'ParseHTML',
    'Decode Image',
    'ImageDecodeTask',
  ]);
  for (const [k, list] of byThread) {
    const name = names.get(k) ?? k;
    if (!/CrRendererMain|worker/.test(name)) continue;
    const tasks = list
      .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts + e.dur > t0 && e.ts < t1)
      .sort((a, b) => a.ts - b.ts);
    let busy = 0;
    const lines = [];
    for (const task of tasks) {
      const a = Math.max(task.ts, t0);
      const b = Math.min(task.ts + task.dur, t1);
      busy += (b - a) / 1000;
      if (task.dur < 1000) continue;
      // What filled it: the events inside, longest first (a JS call names its function).
      const parts = new Map();
      for (const e of list) {
        if (e === task || !inner.has(e.name) || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur)
          continue;
        const fn = e.args?.data?.functionName;
        const label = fn ? `${e.name}(${fn})` : e.name;
        parts.set(label, Math.max(parts.get(label) ?? 0, e.dur / 1000));
      }
      const what = [...parts]
        .sort((x, y) => y[1] - x[1])
        .slice(0, 3)
        .map(([l, d]) => `${l} ${d.toFixed(0)}`)
        .join(', ');
      lines.push(
        `    ${String(ms(task.ts)).padStart(5)}–${String(ms(task.ts + task.dur)).padEnd(5)} ${(task.dur / 1000).toFixed(0).padStart(4)} ms  ${what}`,
      );
    }
    console.log(`\n${name}: busy ${busy.toFixed(0)} of ${((t1 - t0) / 1000).toFixed(0)} ms`);
    for (const l of lines) console.log(l);
  }
}
