// The parts of the PDF reader on synthetic pages: rules from drawing operators, tables from
// rules, page furniture, tables continued over a page break, tables without borders.
import { describe, expect, it } from 'vitest';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { fieldText, pageBlocks, type Block } from '../../src/main/extract/pdf/blocks';
import { alignBorderless } from '../../src/main/extract/pdf/borderless';
import { joinContinuedTables } from '../../src/main/extract/pdf/continued';
import { dropFurniture } from '../../src/main/extract/pdf/furniture';
import type { Matrix, Piece, Rule } from '../../src/main/extract/pdf/geometry';
import { readGraphics } from '../../src/main/extract/pdf/graphics';

/** A page flipped like pdf.js's viewport for an A4 page (y down). */
const VIEW: Matrix = [1, 0, 0, -1, 0, 842];

/** A piece of text at (x, top) in viewport units, 10 units high, 10 per wide character. */
const piece = (text: string, x: number, top: number, page = 1): Piece => {
  const width = [...text].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 5 : 10), 0);
  return { text, x0: x, x1: x + width, top, bottom: top + 10, size: 10, page };
};

/** Horizontal and vertical rules of a grid: rows at ys, columns at xs, all cells separate. */
const grid = (
  xs: number[],
  ys: number[],
): { horizontal: Rule[]; vertical: Rule[]; images: [] } => ({
  horizontal: ys.map((y) => ({ at: y, from: xs[0]!, to: xs[xs.length - 1]! })),
  vertical: xs.map((x) => ({ at: x, from: ys[0]!, to: ys[ys.length - 1]! })),
  images: [],
});

const lines = (blocks: Block[]): string[] =>
  blocks.flatMap((b) =>
    b.kind === 'line'
      ? [b.fields.map(fieldText).join('\t')]
      : b.kind === 'table'
        ? b.rows.map((r) => r.fields.map(fieldText).join('\t'))
        : ['[image]'],
  );

describe('rules from drawing operators', () => {
  const path = (...d: number[]): Float32Array => new Float32Array(d);

  it('stroked lines and thin filled boxes are rules; shading, white lines and clips are not', () => {
    const fn = [
      OPS.constructPath,
      OPS.constructPath,
      OPS.constructPath,
      OPS.setStrokeRGBColor,
      OPS.constructPath,
      OPS.constructPath,
    ];
    const args = [
      [OPS.stroke, [path(0, 100, 700, 1, 300, 700)], null], // horizontal stroke
      [OPS.fill, [path(0, 99.5, 600, 1, 300.5, 600, 1, 300.5, 600.6, 1, 99.5, 600.6, 4)], null], // thin filled box
      [OPS.fill, [path(0, 100, 500, 1, 300, 500, 1, 300, 560, 1, 100, 560, 4)], null], // shading
      ['#ffffff'],
      [OPS.stroke, [path(0, 100, 400, 1, 300, 400)], null], // white: invisible
      [OPS.endPath, [path(0, 100, 300, 1, 300, 300)], null], // a clip path, never painted
    ];
    const g = readGraphics(fn, args, OPS, VIEW);
    expect(g.horizontal.map((r) => [Math.round(r.at), r.from, r.to])).toEqual([
      [142, 100, 300],
      [242, 99.5, 300.5],
    ]);
    expect(g.vertical).toEqual([]);
  });

  it('follows save/restore, transforms and form XObjects', () => {
    const fn = [
      OPS.save,
      OPS.transform,
      OPS.constructPath,
      OPS.restore,
      OPS.paintFormXObjectBegin,
      OPS.constructPath,
      OPS.paintFormXObjectEnd,
      OPS.constructPath,
    ];
    const args = [
      null,
      [1, 0, 0, 1, 50, 0],
      [OPS.stroke, [path(0, 0, 700, 1, 0, 600)], null], // vertical at x 50
      null,
      [
        [2, 0, 0, 2, 0, 0],
        [0, 0, 100, 100],
      ],
      [OPS.stroke, [path(0, 10, 10, 1, 110, 10)], null], // doubled: y 20, x 20…220
      null,
      [OPS.stroke, [path(0, 10, 10, 1, 110, 10)], null], // back to identity
    ];
    const g = readGraphics(fn, args, OPS, VIEW);
    expect(g.vertical).toEqual([{ at: 50, from: 142, to: 242 }]);
    expect(g.horizontal).toEqual([
      { at: 822, from: 20, to: 220 },
      { at: 832, from: 10, to: 110 },
    ]);
  });
});

describe('tables from rules', () => {
  it('a missing rule merges grid units into one cell: its text once, then empty fields', () => {
    const g = grid([50, 150, 250, 350], [100, 120, 140]);
    // No vertical rule between columns 2 and 3 in the first row: one cell spanning both.
    g.vertical = g.vertical.filter((v) => v.at !== 250).concat([{ at: 250, from: 120, to: 140 }]);
    const blocks = pageBlocks(
      1,
      [
        piece('申请人情况', 180, 105),
        piece('自然人', 60, 125),
        piece('12', 160, 125),
        piece('3', 260, 125),
      ],
      g,
    );
    expect(lines(blocks)).toEqual(['\t申请人情况\t', '自然人\t12\t3']);
  });

  it('a text run crossing a column rule is split at it; wrapped cell lines are joined', () => {
    const g = grid([50, 150, 250], [100, 130]);
    // "决定数12" drawn as one run from x 120 to 160: the rule at 150 cuts it after "决定数".
    const blocks = pageBlocks(
      1,
      [piece('行政', 60, 105), piece('决定数12', 120, 105), piece('许可', 60, 117)],
      g,
    );
    expect(lines(blocks)).toEqual(['行政 决定数许可\t12']);
  });

  it('a number wrapped in a narrow cell is one number', () => {
    const g = grid([50, 150, 165], [100, 130]);
    const blocks = pageBlocks(
      1,
      [piece('总计', 60, 105), piece('1', 152, 102), piece('5', 152, 114)],
      g,
    );
    expect(lines(blocks)).toEqual(['总计\t15']);
  });

  it('text outside tables becomes lines, in reading order with the tables', () => {
    const g = grid([50, 150, 250], [100, 130]);
    const blocks = pageBlocks(
      1,
      [
        piece('表后文字', 50, 200),
        piece('表前标题', 50, 60),
        piece('规章', 60, 110),
        piece('3', 160, 110),
      ],
      g,
    );
    expect(lines(blocks)).toEqual(['表前标题', '规章\t3', '表后文字']);
  });
});

describe('page furniture', () => {
  const page = (n: number, body: string[]): Block[] =>
    pageBlocks(
      n,
      [
        piece('某县司法局年度报告', 200, 30, n),
        ...body.map((t, i) => piece(t, 60, 120 + i * 20, n)),
        piece(`- ${n} -`, 280, 800, n),
      ],
      { horizontal: [], vertical: [], images: [] },
    );

  it('drops page numbers and a running header, keeps the body', () => {
    const pages = [page(1, ['第一页正文']), page(2, ['第二页正文']), page(3, ['第三页正文'])];
    const removed = dropFurniture(pages, [842, 842, 842]);
    expect(pages.map(lines)).toEqual([['第一页正文'], ['第二页正文'], ['第三页正文']]);
    expect(removed).toContain('- 2 -');
  });

  it('keeps a number that is body text, and a header on too few pages', () => {
    const pages = [
      page(1, ['正文', '12']),
      pageBlocks(2, [piece('第二页正文', 60, 120, 2)], {
        horizontal: [],
        vertical: [],
        images: [],
      }),
    ];
    dropFurniture(pages, [842, 842]);
    expect(pages.map(lines)).toEqual([['某县司法局年度报告', '正文', '12'], ['第二页正文']]);
  });
});

describe('tables over a page break', () => {
  const xs = [50, 200, 250, 300];
  const page = (n: number, rows: string[][], top: number): Block[] => {
    const ys = rows.map((_, i) => top + i * 20).concat(top + rows.length * 20);
    const pieces = rows.flatMap((cells, r) =>
      cells.flatMap((t, c) => (t ? [piece(t, xs[c]! + 3, ys[r]! + 5, n)] : [])),
    );
    return pageBlocks(n, pieces, grid(xs, ys));
  };

  it('drops header rows repeated on the new page, and joins a row split by the break', () => {
    const pages = [
      page(
        1,
        [
          ['信息内容', '甲', '乙'],
          ['1.申请人无正当理由逾期不补', '3', '4'],
        ],
        600,
      ),
      page(
        2,
        [
          ['信息内容', '甲', '乙'],
          ['正、行政机关不再处理', '', ''],
          ['3.其他', '1', '2'],
        ],
        80,
      ),
    ];
    joinContinuedTables(pages);
    expect(pages.flatMap(lines)).toEqual([
      '信息内容\t甲\t乙',
      '1.申请人无正当理由逾期不补正、行政机关不再处理\t3\t4',
      '3.其他\t1\t2',
    ]);
  });

  it('does not join a new row, nor two rows that both hold numbers', () => {
    const pages = [
      page(1, [['2.申请人逾期未按收费通知', '', '']], 600),
      page(
        2,
        [
          ['3.其他', '1', '2'],
          ['（七）总计', '5', '6'],
        ],
        80,
      ),
    ];
    joinContinuedTables(pages);
    expect(pages.flatMap(lines)).toEqual([
      '2.申请人逾期未按收费通知\t\t',
      '3.其他\t1\t2',
      '（七）总计\t5\t6',
    ]);
    const numbers = [page(1, [['规章', '1', '2']], 600), page(2, [['文件', '3', '4']], 80)];
    joinContinuedTables(numbers);
    expect(numbers.flatMap(lines)).toEqual(['规章\t1\t2', '文件\t3\t4']);
  });
});

describe('tables without borders', () => {
  const none = { horizontal: [], vertical: [], images: [] };

  it('lays split lines on shared columns, and joins wrapped labels to the row of their numbers', () => {
    const pieces = [
      piece('1.申请人无正当理由逾期', 120, 100),
      piece('（六）其他处理', 40, 114),
      piece('0', 300, 114),
      piece('12', 340, 114),
      piece('15', 380, 114),
      piece('不补正申请', 120, 128),
      piece('3.其他', 120, 148),
      piece('2', 300, 148),
      piece('', 340, 148),
      piece('2', 380, 148),
    ].filter((p) => p.text !== '');
    const blocks = pageBlocks(1, pieces, none);
    alignBorderless(blocks);
    expect(lines(blocks)).toEqual([
      '（六）其他处理\t1.申请人无正当理由逾期不补正申请\t0\t12\t15',
      '\t3.其他\t2\t\t2',
    ]);
  });

  it('a heading below the table is never taken into a row, and a lone split line stays prose', () => {
    const pieces = [
      piece('规章', 40, 100),
      piece('3', 300, 100),
      piece('文件', 40, 114),
      piece('4', 300, 114),
      piece('四、政府信息公开行政复议、行政诉讼情况', 40, 128),
      piece('某县司法局', 40, 300),
      piece('2025年1月', 300, 300),
    ];
    const blocks = pageBlocks(1, pieces, none);
    alignBorderless(blocks);
    expect(lines(blocks)).toEqual([
      '规章\t3',
      '文件\t4',
      '四、政府信息公开行政复议、行政诉讼情况',
      '某县司法局 2025年1月',
    ]);
  });
});
