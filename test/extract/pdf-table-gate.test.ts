// The PDF reader reads a page's ruling lines and pictures only where a table can be: on the
// real samples, every page it reads from the text alone lays out exactly as with its graphics.
import { describe, expect, it } from 'vitest';
import { pageBlocks } from '../../src/main/extract/pdf/blocks';
import { assets, pdfjs } from '../../src/main/extract/pdf/index';
import { readPage } from '../../src/main/extract/pdf/page';
import { emptyGraphics } from '../../src/main/extract/pdf/rules';
import { TableGate } from '../../src/main/extract/pdf/table-gate';
import { readFixture, SAMPLES } from './helpers';

/** Every page of a PDF read with its graphics, and the gate's answer for it. */
const readAll = async (bytes: Uint8Array) => {
  const lib = await pdfjs();
  const task = lib.getDocument({ data: bytes, ...assets(), cMapPacked: true, verbosity: 0 });
  const doc = await task.promise;
  const ops = { ...lib.OPS, annotationDisabled: lib.AnnotationMode.DISABLE };
  const gate = new TableGate();
  const pages = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      let needed = true;
      const content = await readPage(await doc.getPage(n), ops, (pieces, chars) => {
        needed = gate.needsGraphics(pieces, chars);
        return true;
      });
      pages.push({ n, content, needed });
    }
  } finally {
    await task.destroy();
  }
  return pages;
};

describe('graphics read only for pages that can hold a table', () => {
  it('skips prose pages of the samples, and a skipped page lays out as with its graphics', async () => {
    let skipped = 0;
    let tablePages = 0;
    for (const [base] of SAMPLES) {
      for (const { n, content, needed } of await readAll(
        new Uint8Array(readFixture(`samples/${base}.pdf`)),
      )) {
        const full = pageBlocks(n, content.pieces, content.graphics);
        if (full.some((b) => b.kind === 'table')) tablePages++;
        if (needed) continue;
        skipped++;
        expect(pageBlocks(n, content.pieces, emptyGraphics()), `${base} p${n}`).toEqual(full);
      }
    }
    expect(skipped).toBeGreaterThan(0);
    expect(tablePages).toBeGreaterThan(SAMPLES.length);
  });
});
