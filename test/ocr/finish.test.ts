// What happens to a doubtful cell after layout: out of the text (a blank field), the segments
// after it moved back, the row it was on listed as uncertain with the page, row and column.
import { describe, expect, it } from 'vitest';
import { finishOcr, placeholder } from '../../src/main/extract/ocr/finish';
import type { OcrPageResult, UncertainCell } from '../../src/main/extract/ocr/page';
import type { ExtractedDocument } from '../../src/shared/model/source';

const cell: UncertainCell = {
  page: 2,
  x0: 100,
  x1: 140,
  top: 200,
  bottom: 220,
  table: 0,
  row: 4,
  column: 2,
  read: '4?',
  confidence: 0.41,
};

const page = (angle: number): OcrPageResult => ({
  pieces: [
    { text: '规章', x0: 10, x1: 40, top: 200, bottom: 210, size: 10, page: 2, confidence: 0.97 },
    { text: '7', x0: 150, x1: 156, top: 200, bottom: 210, size: 10, page: 2, confidence: 0.99 },
  ],
  graphics: { horizontal: [], vertical: [], images: [] },
  uncertain: [cell],
  angle,
  centre: [300, 420],
});

const doc = (): ExtractedDocument => {
  const hole = placeholder(0);
  const text = `标题\n规章\t${hole}\t7\n`;
  const at = (s: string): number => text.indexOf(s);
  return {
    format: 'pdf',
    text,
    segments: [
      { start: 0, end: 2, loc: { kind: 'line', line: 1 } },
      {
        start: at('规章'),
        end: at('规章') + 2,
        loc: { kind: 'pdf', page: 2, box: [10, 200, 30, 10] },
      },
      {
        start: at(hole),
        end: at(hole) + hole.length,
        loc: { kind: 'pdf', page: 2, box: [118, 208, 4, 4] },
      },
      { start: at('7'), end: at('7') + 1, loc: { kind: 'pdf', page: 2, box: [150, 200, 6, 10] } },
    ],
    notes: [],
  };
};

describe('finishing a recognized document', () => {
  it('takes a doubtful cell out of the text and lists its row', () => {
    const out = finishOcr(doc(), new Map([[2, page(0)]]), [cell]);
    expect(out.text).toBe('标题\n规章\t\t7\n');
    expect(out.segments.map((s) => out.text.slice(s.start, s.end))).toEqual(['标题', '规章', '7']);
    expect(out.uncertain).toEqual([
      {
        start: 3,
        end: 8,
        message: '第2页表格第5行第3列识别不确定（识别为“4?”），请核对原件',
      },
    ]);
    expect(out.text.slice(3, 8)).toBe('规章\t\t7');
    expect(out.notes.join()).toContain('第 2 页由图片识别');
    expect(out.notes.join()).toContain('1 个单元格识别不确定');
  });

  it('gives each recognized segment its confidence and turns boxes back onto the scan', () => {
    const straight = finishOcr(doc(), new Map([[2, page(0)]]), [cell]);
    const [, label, seven] = straight.segments;
    expect(label!.loc).toMatchObject({ confidence: 0.97, box: [10, 200, 30, 10] });
    expect(seven!.loc).toMatchObject({ confidence: 0.99 });
    const tilted = finishOcr(doc(), new Map([[2, page(1)]]), [cell]);
    const box = (tilted.segments[1]!.loc as { box: number[] }).box;
    // 1° about the centre moves a point 290 units left of it by about 5 units vertically.
    expect(Math.abs(box[1]! - 200)).toBeGreaterThan(3);
    expect(box[2]).toBe(30);
  });

  it('places a doubt on a row with no recognized text at the doubtful cell itself', () => {
    const hole = placeholder(0);
    const text = `标题\n\t${hole}\t\n`;
    const only: ExtractedDocument = {
      format: 'png',
      text,
      segments: [
        { start: 0, end: 2, loc: { kind: 'line', line: 1 } },
        {
          start: text.indexOf(hole),
          end: text.indexOf(hole) + hole.length,
          loc: { kind: 'pdf', page: 2, box: [118, 208, 4, 4] },
        },
      ],
      notes: [],
    };
    const out = finishOcr(only, new Map([[2, page(0)]]), [cell]);
    expect(out.text).toBe('标题\n\t\t\n');
    expect(out.uncertain).toMatchObject([{ start: 3, end: 5 }]);
    // The row's line is placed on the cell's box, so the finding can be marked on the scan.
    expect(out.segments[1]).toEqual({
      start: 3,
      end: 5,
      loc: { kind: 'pdf', page: 2, confidence: 0, box: [100, 200, 40, 20] },
    });
  });
});
