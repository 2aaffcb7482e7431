// Keeps the report out of a saved page: from its title to the end of 六 and the signature date.
// Lines that are page furniture (breadcrumbs, share and print buttons, site footers) go wherever
// they stand; when no title is found the whole page's text is kept and the parser decides.
import type { Block } from './blocks';

/** "当前位置：首页 > 信息公开 > 年报", "首页 » 政务公开 » …": a breadcrumb trail. */
const BREADCRUMB = /^(?:当前位置|您的位置|你的位置|您现在的位置|现在位置|所在位置|位置)\s*[:：]/;
const TRAIL = /[>＞»›→]/;

/** Buttons and site footers, on short lines only. */
const FURNITURE =
  /^[【[]?\s*(?:打印本页|打印|关闭窗口|关闭|收藏|返回顶部|返回|分享到?|字号|字体|视力保护色|默认|大\s*中\s*小)|分享到[:：]|扫一扫|(?:上一篇|下一篇)[:：]|版权所有|主办单位|承办单位|网站标识码|ICP\s*备|公网安备|技术支持[:：]|浏览次数|访问量|【\s*(?:大|中|小)\s*】/;

/** "首页 > 政务公开 > 年报": three or more short, non-empty steps between trail marks. */
const isTrail = (line: string): boolean => {
  if (line.length >= 80 || /[。；<]/.test(line)) return false;
  const steps = line.split(TRAIL).map((s) => s.trim());
  return steps.length >= 3 && steps.every((s) => s.length > 0 && s.length <= 24);
};

const isFurnitureLine = (line: string): boolean =>
  line.length <= 120 && (BREADCRUMB.test(line) || FURNITURE.test(line) || isTrail(line));

/** A report's title: a year and "(政府)信息公开(工作)年度报告" or "年报", on a short line. */
const TITLE =
  /(?:19|20)\d{2}\s*年?度?.{0,30}(?:(?:政府)?信息公开|政务公开).{0,8}(?:年度)?(?:工作)?(?:年度)?报告|(?:19|20)\d{2}\s*年?度?.{0,30}年报/;

/** A line that is only an agency's name: the first line of a title set on two lines. */
const AGENCY_LINE =
  /^[\u4e00-\u9fff（）()]{2,30}(?:局|委员会|委|办公室|办|人民政府|政府|院|会|厅|部|中心|所|站|处|署|队)$/;

const SIXTH = /^\s*(?:六\s*[、.．，,]|第六部分|[（(]六[）)])|其他需要报告的事项/;

/** The signature date: "2024年1月17日", "二〇二四年一月十七日", alone on its line. */
const DATE_LINE =
  /^[（(]?\s*(?:(?:19|20)\d{2}|[二〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十〇○零]{1,3}\s*月\s*[\d一二三四五六七八九十〇○零]{1,3}\s*日\s*[）)]?$/;

/** Removes furniture lines; a text block left with no line is removed. */
const dropFurniture = (blocks: Block[]): Block[] =>
  blocks.flatMap((b): Block[] => {
    if (b.kind === 'table') return [b];
    const lines = b.lines.filter((l) => !isFurnitureLine(l));
    return lines.length > 0 ? [{ ...b, lines }] : [];
  });

export interface ReportRange {
  blocks: Block[];
  /** False when no title was found and the whole page is kept. */
  found: boolean;
}

/** The blocks of the report on the page. */
export const reportBlocks = (all: Block[]): ReportRange => {
  const blocks = dropFurniture(all);
  const start = blocks.findIndex(
    (b) => b.kind === 'text' && b.lines.some((l) => l.length <= 80 && TITLE.test(l)),
  );
  if (start < 0) return { blocks, found: false };
  let end = blocks.length;
  let sixth = false;
  for (let i = start + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'text') continue;
    if (b.lines.some((l) => l.length <= 40 && SIXTH.test(l))) sixth = true;
    const date = sixth ? b.lines.findIndex((l) => DATE_LINE.test(l)) : -1;
    if (date >= 0) {
      blocks[i] = { ...b, lines: b.lines.slice(0, date + 1) };
      end = i + 1;
      break;
    }
  }
  // A title set on two lines ("某某局" above "2023年政府信息公开工作年度报告") keeps its first.
  // Only when the title names no agency itself (it starts with the year): a site's name above
  // a department's report must not be taken for the reporting agency.
  const before = blocks[start - 1];
  const title = (blocks[start] as Extract<Block, { kind: 'text' }>).lines[0]!;
  const first =
    /^\s*(?:19|20)\d{2}/.test(title) &&
    before?.kind === 'text' &&
    before.lines.length === 1 &&
    AGENCY_LINE.test(before.lines[0]!)
      ? start - 1
      : start;
  return { blocks: blocks.slice(first, end), found: true };
};
