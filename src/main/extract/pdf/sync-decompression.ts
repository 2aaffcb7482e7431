// pdf.js inflates large Flate streams (and Brotli ones) through the global DecompressionStream.
// Node's is a web-stream wrapper around a zlib stream: per stream, a zlib handle, a duplex
// bridge and several promise hops. For the streams of a report PDF (a few KB each, ~12 per file)
// that cost 6–7.5 ms of CPU per PDF on the bench corpus; the same zlib engine called once,
// synchronously, ~1 ms, and ~2–4 ms with the TransformStream around it that this adapter keeps.
//
// This adapter keeps the web-stream shape pdf.js uses (a TransformStream's writable and
// readable) and decodes when the writable closes, with the options Node's own
// DecompressionStream gives zlib (`rejectGarbageAfterEnd`): the same bytes out, and an error
// for the same inputs (truncated data, a bad checksum, junk after the end), which pdf.js
// catches to fall back on its own JavaScript inflate, as it does with Node's.
// test/extract/pdf-sync-decompression.test.ts holds it to Node's on good and bad streams.
import {
  brotliDecompressSync,
  gunzipSync,
  inflateRawSync,
  inflateSync,
  type ZlibOptions,
} from 'node:zlib';

type Decode = (data: Uint8Array, options: ZlibOptions) => Buffer;

/** `rejectGarbageAfterEnd` is what Node's DecompressionStream passes zlib (not in @types/node yet). */
const SAME_AS_NODE = { rejectGarbageAfterEnd: true } as ZlibOptions;

const DECODERS: Record<string, Decode> = {
  deflate: inflateSync,
  'deflate-raw': inflateRawSync,
  gzip: gunzipSync,
  brotli: brotliDecompressSync as Decode,
};

const joined = (chunks: Uint8Array[]): Uint8Array =>
  chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);

/** A DecompressionStream that decodes the whole input at once, synchronously, when it closes. */
export class SyncDecompressionStream {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<ArrayBufferView | ArrayBuffer>;

  constructor(format: string) {
    const decode = DECODERS[format];
    if (!decode)
      throw new TypeError(
        `Failed to construct 'DecompressionStream': unsupported format ${format}`,
      );
    const chunks: Uint8Array[] = [];
    const { readable, writable } = new TransformStream<ArrayBufferView | ArrayBuffer, Uint8Array>({
      transform(chunk) {
        chunks.push(
          ArrayBuffer.isView(chunk)
            ? new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)
            : new Uint8Array(chunk),
        );
      },
      flush(controller) {
        const out = decode(joined(chunks), SAME_AS_NODE);
        controller.enqueue(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
      },
    });
    this.readable = readable;
    this.writable = writable;
  }
}

let installed = false;

/**
 * Makes this thread's DecompressionStream the synchronous one. Only where the global is Node's
 * own (Node, Electron's main process and its workers): a browser's is left alone.
 */
export const useSyncDecompression = (): void => {
  if (installed) return;
  installed = true;
  const scope = globalThis as { DecompressionStream?: unknown; window?: unknown };
  if (typeof scope.DecompressionStream !== 'function' || scope.window !== undefined) return;
  scope.DecompressionStream = SyncDecompressionStream;
};
