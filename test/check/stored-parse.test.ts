// The workspace keeps the parser's whole result and the extractor's grids: what comes back is
// the parse itself, and a report stored without it (an older workspace) is parsed from its text.
import { describe, expect, it } from 'vitest';
import { parsedOf, recheckStored } from '../../src/main/check/record';
import { parseExtracted } from '../../src/main/check/pipeline';
import { buildReportText, consistentCells } from '../support/report-builder';
import { tempWorkspace } from '../support/workspace';

const text = buildReportText({ agency: '某县司法局', year: 2024, cells: consistentCells(5) });
const extraction = {
  format: 'txt',
  text,
  segments: [],
  notes: [],
  grids: [{ start: 0, end: 10, columns: 3 }],
};

describe('the stored parse', () => {
  it('comes back equal to the parse, origin map included, with the grids of the extraction', () => {
    const ws = tempWorkspace();
    const doc = parseExtracted(extraction);
    const { id } = ws.importReport({
      name: 'a.txt',
      format: 'txt',
      hash: 'b'.repeat(64),
      extracted: extraction,
      parsed: doc,
    });
    const back = ws.getParsed(id)!;
    expect(back).toEqual(doc);
    expect(back.norm.origin).toBeInstanceOf(Int32Array);
    expect(ws.getExtraction(id)?.grids).toEqual(extraction.grids);
  });

  it('is made from the extraction when only the report was stored, and kept by a re-parse', () => {
    const ws = tempWorkspace();
    const doc = parseExtracted(extraction);
    const { id } = ws.importReport({
      name: 'a.txt',
      format: 'txt',
      hash: 'c'.repeat(64),
      extracted: extraction,
      parsed: doc.report,
    });
    expect(ws.getParsed(id)).toBeNull();
    expect(parsedOf(ws, id)).toEqual(doc);
    recheckStored(ws, id, { reparse: true });
    expect(ws.getParsed(id)).toEqual(doc);
  });
});
