// What a passage says about the 信息处理费 (国办函〔2020〕109号): whether it mentions the fee at
// all, and which of the three figures the 2021 format asks for it gives.

/**
 * A mention of the fee or its notices. "行政事业性收费" (table 二) and the title of the
 * 《政府信息公开信息处理费管理办法》 are no statement, so they are blanked out first.
 */
const FEE =
  /处理费|收费通知|(?:收取|收缴|缴纳)[^。；，,\n]{0,12}费用|(?:不|未|没有|无)(?:收取)?(?:任何)?费用|(?:未|没有|无|不存在)[^。；，,\n]{0,6}收费(?:情况|行为|事项)?/;

const MONEY = /\d+(?:\.\d+)?\s*(?:万)?元/;
const COUNT = /\d+\s*[件份次个张]/;
const POSITIVE = /(?<![\d.])(?:[1-9]\d*(?:\.\d+)?|0\.\d*[1-9]\d*)\s*(?:万?元|[件份次个张])/;
const NOTICE_NONE = /(?:未|没有|无|不存在|均未|从未|尚未)[^。；，,\n]{0,14}收费通知/;
const COLLECTED_WORD = /实际收取|实收|收取|收缴|缴纳|缴费|到账|收到/;
const COLLECTED_NONE =
  /(?:未|没有|无|不存在|均未|从未|尚未)[^。；，,\n]{0,8}(?:收取|收缴|缴纳|缴费|收到)|(?:收取|收缴)[^。；，,\n]{0,12}(?:为|共)?\s*(?:0|零)\s*(?:万)?元/;
const COLLECTED_ALL = /全部收取|全额收取|均已缴纳|已全部缴纳|全部缴纳/;
const TOTAL_WORD = /通知|应收|总金额|总额|共计|合计|金额/;

/** Text with what is no statement blanked out (same length, so offsets stay valid). */
export const withoutNoise = (s: string): string =>
  s.replace(/《[^》\n]{0,40}》|行政事业性收费/g, (m) => ' '.repeat(m.length));

/** True when the passage says anything about the fee, even only that none was collected. */
export const mentionsFee = (s: string): boolean => FEE.test(withoutNoise(s));

export interface FeeFacts {
  /** Notices sent: a count, or a statement that none were sent. */
  noticeCount: boolean;
  /** The total amount of the notices sent. */
  noticeTotal: boolean;
  /** The amount actually collected (0 included). */
  collected: boolean;
  /** Any count or amount above zero: the agency did charge, so all three figures matter. */
  positive: boolean;
  /** A statement that no notice was sent. */
  noNotice: boolean;
}

/** Reads the three figures from the fee passage, clause by clause. */
export const feeFacts = (passage: string): FeeFacts => {
  const facts: FeeFacts = {
    noticeCount: false,
    noticeTotal: false,
    collected: false,
    positive: false,
    noNotice: false,
  };
  for (const sentence of withoutNoise(passage).split(/[。；;\n]/)) {
    let afterNotice = false; // an earlier clause spoke of notices: "发出收费通知2件，共计400元"
    for (const clause of sentence.split(/[，,]/)) {
      const notice = /收费通知/.test(clause);
      if (NOTICE_NONE.test(clause)) {
        facts.noticeCount = facts.noticeTotal = facts.noNotice = true;
      } else if (notice && COUNT.test(clause)) facts.noticeCount = true;
      if (POSITIVE.test(clause) && (FEE.test(clause) || notice || afterNotice))
        facts.positive = true;
      if (COLLECTED_NONE.test(clause) || COLLECTED_ALL.test(clause)) facts.collected = true;
      if (MONEY.test(clause)) {
        if (COLLECTED_WORD.test(clause) && !notice) facts.collected = true;
        else if (notice || afterNotice || TOTAL_WORD.test(clause)) facts.noticeTotal = true;
      }
      afterNotice ||= notice;
    }
  }
  return facts;
};
