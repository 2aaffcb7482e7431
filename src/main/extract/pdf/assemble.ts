// From the pieces and rules of each page to the parser's text: blocks per page, page
// furniture, tables continued over a break, borderless columns, written with their source
// boxes. Shared by every fixed-layout reader (PDF, OFD): they differ only in how they read a page.
import type { SourceLocation } from '../../../shared/model/source';
import type { TextBuilder } from '../text-builder';
import { pageBlocks, type Block } from './blocks';
import { alignBorderless } from './borderless';
import { joinContinuedTables } from './continued';
import { dropFurniture } from './furniture';
import { rectArea, type Piece } from './geometry';
import { writeBlocks, type Locate } from './layout';
import type { Graphics } from './rules';

/** One page as a reader saw it, in page units with the origin top-left. */
export interface PageInput {
  pieces: Piece[];
  graphics: Graphics;
  height: number;
  /** Width × height of the page. */
  area: number;
  /** Characters read on the page, and how many of them are not plausible text. */
  chars: number;
  oddChars: number;
}

export interface Assembled {
  pages: Block[][];
  /** 1-based numbers of pages that are one big picture with (almost) no text: scanned pages. */
  blankPages: number[];
  chars: number;
  oddChars: number;
  /** Characters left once page numbers and running headers are dropped. */
  bodyChars: number;
}

/** Lays out every page into blocks and drops the page furniture. */
export const assemblePages = (inputs: readonly PageInput[]): Assembled => {
  const pages: Block[][] = [];
  const blankPages: number[] = [];
  let chars = 0;
  let oddChars = 0;
  inputs.forEach((page, i) => {
    chars += page.chars;
    oddChars += page.oddChars;
    const scanned = page.graphics.images.some((r) => rectArea(r) > page.area * 0.25);
    if (scanned && page.chars < 10) blankPages.push(i + 1);
    pages.push(pageBlocks(i + 1, page.pieces, page.graphics));
  });
  const furniture = dropFurniture(
    pages,
    inputs.map((p) => p.height),
  ).join('').length;
  return { pages, blankPages, chars, oddChars, bodyChars: chars - furniture };
};

/** What is wrong with the text layer as a whole, if anything. */
export const textLayerProblem = (a: Assembled): 'none' | 'no-text' | 'garbled' => {
  // Page numbers alone are no text layer: a scanner may print them as text.
  if (a.bodyChars < 20) return 'no-text';
  if (a.oddChars > a.chars * 0.3) return 'garbled';
  return 'none';
};

/** Joins tables over page breaks, aligns borderless ones and writes every block. */
export const writePages = (pages: Block[][], out: TextBuilder, locate: Locate): void => {
  joinContinuedTables(pages);
  for (const blocks of pages) alignBorderless(blocks);
  writeBlocks(pages, out, locate);
};

/** The PDF location of a box. */
export const pdfLocation: Locate = (page, box): SourceLocation => ({ kind: 'pdf', page, box });
