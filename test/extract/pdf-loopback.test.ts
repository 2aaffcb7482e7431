// The port between pdf.js's two sides (src/main/extract/pdf/loopback.ts): its copy is what
// structuredClone gives, and one port serves document after document without keeping any.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/main/extract';
import { pdfjs, pdfPortListeners } from '../../src/main/extract/pdf';
import { cloneMessage } from '../../src/main/extract/pdf/loopback';

/** A message shaped as pdf.js sends them: a text-content chunk and an operator-list chunk. */
const pdfjsLike = () => {
  const styles = Object.create(null) as Record<string, unknown>;
  styles['g_d0_f1'] = { fontFamily: 'serif', ascent: 0.88, descent: -0.12, vertical: false };
  return {
    sourceName: 'd0_worker',
    targetName: 'd0',
    stream: 4,
    streamId: 3,
    chunk: {
      items: [
        {
          str: '一、总体情况',
          dir: 'ltr',
          width: 72.5,
          height: 12,
          transform: [12, 0, 0, 12, 90, 700],
          fontName: 'g_d0_f1',
          hasEOL: false,
        },
        {
          str: '',
          dir: 'ltr',
          width: 0,
          height: 0,
          transform: [1, 0, 0, 1, 0, 0],
          fontName: 'g_d0_f1',
          hasEOL: true,
        },
      ],
      styles,
      lang: null,
    },
    ops: {
      fnArray: [91, 13, 19],
      argsArray: [null, [new Float32Array([0, 0, 10, 10])], [1.5, -0, NaN, Infinity]],
      lastChunk: true,
    },
    data: new Uint8Array([1, 2, 3]),
    flag: undefined,
  };
};

describe('cloneMessage', () => {
  it('gives what structuredClone gives for the plain data pdf.js sends', () => {
    const message = pdfjsLike();
    const copied = cloneMessage(message);
    const cloned = structuredClone(message);
    expect(copied).toStrictEqual(cloned);
    // The null-prototype styles arrive as a plain object, as they do cloned.
    expect(Object.getPrototypeOf(copied.chunk.styles)).toBe(Object.prototype);
    expect(Object.is(copied.ops.argsArray[2]![1], -0)).toBe(true);
    expect(copied.ops.argsArray[1]![0]).toBeInstanceOf(Float32Array);
    expect('flag' in copied).toBe(true);
  });

  it('is a copy: the sender emptying its arrays afterwards (as pdf.js does) changes nothing', () => {
    const message = pdfjsLike();
    const copied = cloneMessage(message);
    message.ops.fnArray.length = 0;
    message.chunk.items[0]!.transform[4] = 0;
    message.data[0] = 9;
    expect(copied.ops.fnArray).toEqual([91, 13, 19]);
    expect(copied.chunk.items[0]!.transform[4]).toBe(90);
    expect(copied.data[0]).toBe(1);
  });

  it('leaves to structuredClone what is not plain data, and a transfer list', () => {
    const error = cloneMessage({ reason: new Error('坏了') });
    expect(error.reason).toBeInstanceOf(Error);
    expect(cloneMessage({ m: new Map([['a', 1]]) }).m).toEqual(new Map([['a', 1]]));
    const buffer = new ArrayBuffer(8);
    const moved = cloneMessage({ data: new Uint8Array(buffer) }, [buffer]);
    expect(moved.data.byteLength).toBe(8);
    expect(buffer.byteLength).toBe(0); // transferred, as structuredClone does
    // A view into part of a buffer is cloned with the whole buffer behind it.
    const part = new Uint8Array(new ArrayBuffer(16), 4, 4);
    expect(cloneMessage({ part }).part.buffer.byteLength).toBe(16);
    expect(() => cloneMessage({ f: () => 1 })).toThrow();
  });
});

describe('one pdf.js port for every document of the thread', () => {
  it('removes each document’s handlers when it is done, read well or refused', async () => {
    await pdfjs();
    const idle = pdfPortListeners();
    expect(idle).toBe(2); // the two sides' own handlers
    const fixtures = join(import.meta.dirname, '..', 'fixtures');
    const files = [
      join(fixtures, 'samples', '001_f5110ba79a44df9c.pdf'),
      join(fixtures, 'bad', 'encrypted.pdf'),
      join(fixtures, 'bad', 'random.pdf'),
      join(fixtures, 'hostile', 'pdf_kids_self_english_detail.pdf'),
      join(fixtures, 'samples', '001_f5110ba79a44df9c.pdf'),
    ];
    const outcomes = [];
    for (const file of files) {
      const r = await extractFile(file);
      outcomes.push(r.ok ? r.doc.text.length > 1000 : r.error.code);
      expect(pdfPortListeners()).toBe(idle);
    }
    expect(outcomes).toEqual([true, 'ENCRYPTED', 'CORRUPT_FILE', 'CORRUPT_FILE', true]);
  }, 60_000);
});
