// Knows when the reading is inside the table sections (二 to 四), where a picture stands for a
// table pasted as an image: there a "[图片]" line is written so the parser can say so.

/** The line written for a picture in a table section (the parser looks for it). */
export const IMAGE_LINE = '[图片]';

const NUMBERING = String.raw`^(?:[一二三四五六七八九十\d]{1,2}[、.．]|第[一二三四五六七八九十]+部分)?`;
const TABLE_HEADING = new RegExp(
  `${NUMBERING}(?:主动公开政府信息|收到和处理政府信息公开申请|(?:因)?政府信息公开(?:工作)?(?:被申请)?行政复议|行政复议)`,
);
const AFTER_TABLES = new RegExp(`${NUMBERING}(?:存在的(?:主要)?问题|主要问题|其他需要报告)`);

const ANY_HEADING = new RegExp(
  `${NUMBERING}(?:总体情况|主动公开政府信息|收到和处理政府信息公开申请|(?:因)?政府信息公开(?:工作)?(?:被申请)?行政复议|存在的(?:主要)?问题|其他需要报告)`,
);

/** True for a line that reads like one of the six section headings. */
export const isSectionHeading = (line: string): boolean => {
  const t = line.replace(/\s+/g, '');
  return t.length > 0 && t.length <= 40 && ANY_HEADING.test(t);
};

/** Follows the headings line by line. */
export class TableSections {
  private inside = false;

  /** Feeds one line of text, in reading order. */
  observe(line: string): void {
    const t = line.replace(/\s+/g, '');
    if (t.length === 0 || t.length > 40) return;
    if (AFTER_TABLES.test(t)) this.inside = false;
    else if (TABLE_HEADING.test(t)) this.inside = true;
  }

  /** True between the heading of 二 (or 三, 四) and the heading of 五 or 六. */
  get active(): boolean {
    return this.inside;
  }
}
