// Page furniture: page numbers and running headers or footers, dropped from the text.
import { fieldText, type Block } from './blocks';

/** "- 4 -", "— 12 —", "4", "第 3 页", "第3页 共9页", "3/9", "共9页 第3页", "Page 3 of 9". */
const PAGE_NUMBER = [
  /^[-—–－·•\s]*\d{1,4}[-—–－·•\s]*$/,
  /^第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页$/,
  /^page\s*\d{1,4}(?:\s*of\s*\d{1,4})?$/i,
];

/**
 * Where a page number may sit (share of the page height from the top or bottom edge): the
 * official document format puts it inside a 35 mm margin, so a generous band.
 */
const NUMBER_BAND = 0.16;
/** Running headers and footers sit closer to the edge, above or below the body. */
const RUNNING_BAND = 0.08;

type LineBlock = Extract<Block, { kind: 'line' }>;

const lineText = (b: LineBlock): string => b.fields.map(fieldText).join(' ').trim();

/** The first and the last block of a page, when they are lines. */
const edges = (blocks: Block[]): LineBlock[] => {
  const out: LineBlock[] = [];
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  if (first?.kind === 'line') out.push(first);
  if (last && last !== first && last.kind === 'line') out.push(last);
  return out;
};

const inBand = (b: LineBlock, height: number, band: number): boolean =>
  b.bottom < height * band || b.top > height * (1 - band);

/**
 * Removes, from the top or bottom edge of each page, page numbers and lines repeated at the
 * same place on most pages (running headers and footers). Returns the texts removed.
 */
export const dropFurniture = (pages: Block[][], heights: number[]): string[] => {
  const removed: string[] = [];
  // Same words (numbers aside) at the same height: a running header or footer.
  const key = (b: LineBlock): string =>
    `${Math.round(b.top / 3)}|${lineText(b).replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  const count = new Map<string, number>();
  pages.forEach((blocks, i) => {
    for (const b of edges(blocks)) {
      if (inBand(b, heights[i]!, RUNNING_BAND)) count.set(key(b), (count.get(key(b)) ?? 0) + 1);
    }
  });
  const needed = Math.max(3, Math.ceil(pages.length * 0.6));
  pages.forEach((blocks, i) => {
    for (const b of edges(blocks)) {
      const text = lineText(b);
      const pageNumber =
        inBand(b, heights[i]!, NUMBER_BAND) && PAGE_NUMBER.some((re) => re.test(text));
      const running = inBand(b, heights[i]!, RUNNING_BAND) && (count.get(key(b)) ?? 0) >= needed;
      if (pageNumber || running) {
        blocks.splice(blocks.indexOf(b), 1);
        removed.push(text);
      }
    }
  });
  return removed;
};
