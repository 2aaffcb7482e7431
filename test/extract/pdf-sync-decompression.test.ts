// The synchronous DecompressionStream pdf.js uses in extraction (sync-decompression.ts) must give
// what Node's gives: the same bytes, and an error for the same damaged inputs (pdf.js then falls
// back on its own inflate, so which inputs fail matters, not the wording).
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SyncDecompressionStream } from '../../src/main/extract/pdf/sync-decompression';

type Stream = { readable: ReadableStream<Uint8Array>; writable: WritableStream<never> };

/** Decodes as pdf.js does (one write, close, read to the end): the bytes, or 'error'. */
const decode = async (stream: Stream, input: Uint8Array): Promise<number[] | 'error'> => {
  const writer = stream.writable.getWriter();
  (writer as WritableStreamDefaultWriter<Uint8Array>).write(input).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const out: number[] = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return out;
      out.push(...value);
    }
  } catch {
    return 'error';
  }
};

const text = new TextEncoder().encode(
  'BT /F1 12 Tf 56.8 799.7 Td (2024 年政府信息公开) Tj ET\n'.repeat(300),
);
const deflated = new Uint8Array(deflateSync(text));
const flip = (b: Uint8Array, at: number): Uint8Array => {
  const c = b.slice();
  c[at]! ^= 0xff;
  return c;
};

const CASES: Array<[string, string, Uint8Array]> = [
  ['deflate', 'a whole stream', deflated],
  ['deflate', 'an empty stream', new Uint8Array(deflateSync(new Uint8Array(0)))],
  ['deflate', 'a truncated stream', deflated.subarray(0, deflated.length >> 1)],
  ['deflate', 'junk after the end', new Uint8Array([...deflated, 0x0a, 0x65, 0x6e, 0x64])],
  ['deflate', 'a wrong checksum', flip(deflated, deflated.length - 1)],
  ['deflate', 'a damaged block', flip(deflated, 40)],
  ['deflate', 'no input', new Uint8Array(0)],
  ['deflate-raw', 'a raw stream', new Uint8Array(deflateRawSync(text))],
  ['gzip', 'a gzip member', new Uint8Array(gzipSync(text))],
  ['brotli', 'a brotli stream', new Uint8Array(brotliCompressSync(text))],
  ['brotli', 'a truncated brotli stream', new Uint8Array(brotliCompressSync(text)).subarray(0, 20)],
];

describe('SyncDecompressionStream', () => {
  it.each(CASES)('%s, %s: as Node’s DecompressionStream', async (format, _case, input) => {
    const node = await decode(new DecompressionStream(format as 'deflate'), input);
    const sync = await decode(new SyncDecompressionStream(format), input);
    expect(sync).toEqual(node);
  });

  it('gives the original bytes back', async () => {
    expect(await decode(new SyncDecompressionStream('deflate'), deflated)).toEqual([...text]);
  });

  it('refuses a format Node does not know, as Node does', () => {
    expect(() => new DecompressionStream('zip' as 'deflate')).toThrow(TypeError);
    expect(() => new SyncDecompressionStream('zip')).toThrow(TypeError);
  });
});
