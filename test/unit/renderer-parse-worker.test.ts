// The report view's parse runs in a worker: what crosses postMessage (a structured clone) must be
// the shared parser's result exactly, on real reports (plain text, and a Word report whose tables
// come with their grids); a worker that fails or cannot start leaves the parse to the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractBytes } from '../../src/main/extract';
import type { SourceGrid } from '../../src/shared/model/source';
import { parseReport } from '../../src/shared/parser';
import type { ParseReply, ParseRequest } from '../../src/renderer/features/review/parseMessages';

const real = join(import.meta.dirname, '..', 'fixtures', 'real');
const texts = ['001.txt', '007.txt', '010.txt'].map((f) => readFileSync(join(real, f), 'utf8'));

const wordReport = async (): Promise<{ raw: string; grids: SourceGrid[] }> => {
  const extracted = await extractBytes(
    readFileSync(join(real, '007.recon.docx')),
    '007.recon.docx',
  );
  if (!extracted.ok) throw new Error('fixture did not extract');
  return { raw: extracted.doc.text, grids: extracted.doc.grids ?? [] };
};

type Scope = {
  onmessage: ((e: { data: ParseRequest }) => void) | null;
  postMessage: (m: ParseReply) => void;
};
const scope = globalThis as unknown as Scope;

/** A Worker that runs parseWorker.ts in this thread, cloning both ways as postMessage does. */
const inProcessWorker = async () => {
  const replies: ParseReply[] = [];
  const instances: Array<{ onmessage: ((e: { data: ParseReply }) => void) | null }> = [];
  scope.postMessage = (m) => {
    const data = structuredClone(m);
    replies.push(data);
    for (const w of instances) queueMicrotask(() => w.onmessage?.({ data }));
  };
  await import('../../src/renderer/features/review/parseWorker');
  class FakeWorker {
    onmessage: ((e: { data: ParseReply }) => void) | null = null;
    onerror: ((e: { preventDefault(): void }) => void) | null = null;
    constructor() {
      instances.push(this);
    }
    postMessage(request: ParseRequest) {
      const data = structuredClone(request);
      queueMicrotask(() => scope.onmessage?.({ data }));
    }
    terminate() {}
  }
  return { FakeWorker, replies };
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  scope.onmessage = null;
});

describe('the parse worker', () => {
  it('answers with the shared parser result, intact after the structured clone', async () => {
    const { FakeWorker, replies } = await inProcessWorker();
    vi.stubGlobal('Worker', FakeWorker);
    const { parseOffThread } = await import('../../src/renderer/features/review/offThreadParse');
    const word = await wordReport();
    expect(word.grids.length).toBeGreaterThan(0);
    for (const { raw, grids } of [...texts.map((raw) => ({ raw, grids: [] })), word]) {
      const doc = await parseOffThread(raw, grids);
      expect(doc).toEqual(parseReport(raw, { grids }));
      expect(doc.norm.origin).toBeInstanceOf(Int32Array);
    }
    // Every parse went through the worker: none was done on this thread instead.
    expect(replies).toHaveLength(texts.length + 1);
    expect(replies.every((r) => 'doc' in r)).toBe(true);
  });

  it('leaves the parse to the page when the worker fails, and after', async () => {
    const made: unknown[] = [];
    class BrokenWorker {
      onmessage: unknown = null;
      onerror: ((e: { preventDefault(): void }) => void) | null = null;
      constructor() {
        made.push(this);
      }
      postMessage() {
        queueMicrotask(() => this.onerror?.({ preventDefault() {} }));
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', BrokenWorker);
    const { parseOffThread } = await import('../../src/renderer/features/review/offThreadParse');
    expect(await parseOffThread(texts[0]!, [])).toEqual(parseReport(texts[0]!));
    expect(await parseOffThread(texts[1]!, [])).toEqual(parseReport(texts[1]!));
    expect(made).toHaveLength(1);
  });

  it('parses on the page where no worker can be made', async () => {
    vi.stubGlobal('Worker', undefined);
    const { parseOffThread } = await import('../../src/renderer/features/review/offThreadParse');
    expect(await parseOffThread(texts[2]!, [])).toEqual(parseReport(texts[2]!));
  });
});
