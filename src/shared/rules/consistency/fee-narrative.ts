// consistency.fee-narrative: fee notices left unpaid in table 三 (六)2 against section 六.
import { describeCell } from '../../model/form';
import { defineRule } from '../types';
import { readCell } from '../support/cells';
import { findCounts } from '../support/counts';
import { clausesOf, quoteClause } from '../support/narrative';

const UNPAID = 'requests/3.6.2/total';

/** "未发出收费通知", "没有向申请人发送信息处理费收费通知", "无收费通知". */
const NONE_SENT =
  /(?:未|没有|尚未|均未|并未|从未|不存在)(?:向[^，。；]{0,12}?)?(?:发出|发送|送达|开具|出具|寄送|下发|发放|作出|制发)[^，。；]{0,16}?收费通知|无(?:信息处理费)?收费通知/;
/** A count of notices sent: "发出收费通知2件", "收费通知书共1份". */
const NOTICE = /收费通知/;
const NOTICE_UNITS = new Set(['件', '份', '次', '个', '条', '张']);

interface Claim {
  sent: number;
  negated: boolean;
  clause: string;
}

/** What a clause of section 六 says about the fee notices sent, if anything. */
const claimOf = (clause: string): Claim | null => {
  if (!NOTICE.test(clause)) return null;
  // "未收取" alone is no claim: notices may have been sent and not paid.
  if (NONE_SENT.test(clause)) return { sent: 0, negated: true, clause };
  const at = clause.search(NOTICE);
  const count = findCounts(clause).find(
    (c) => c.start > at && !c.approx && !c.inParens && NOTICE_UNITS.has(c.unit),
  );
  if (!count || !/发出|发送|送达|开具|出具|寄送|下发|发放|制发/.test(clause)) return null;
  return { sent: count.value, negated: false, clause };
};

export const feeNarrative = defineRule({
  meta: {
    id: 'consistency.fee-narrative',
    category: 'consistency',
    severity: 'error',
    title: '收费通知说明与表三不符',
    description:
      '表三第三项（六）2“申请人逾期未按收费通知要求缴纳费用”大于 0，说明本年发出过收费通知；第六部分称未发出收费通知，或所称发出件数少于该项，即相互矛盾。仅写“未收取信息处理费”不矛盾（通知可能未获缴费）。',
  },
  check(ctx) {
    const unpaid = readCell(ctx, UNPAID);
    if (!unpaid || unpaid.value <= 0) return;
    for (const sentence of ctx.narrative()) {
      if (sentence.section !== '6') continue;
      for (const clause of clausesOf(sentence.text)) {
        const claim = claimOf(clause.text);
        if (!claim || claim.sent >= unpaid.value) continue;
        const said = claim.negated ? '称未发出收费通知' : `称发出收费通知 ${claim.sent} 件`;
        ctx.report({
          message: `第六部分「${quoteClause(claim.clause)}」${said}，但${describeCell(UNPAID)}为 ${unpaid.value}，说明至少有 ${unpaid.value} 件申请发出了收费通知且申请人逾期未缴费`,
          spans: unpaid.span ? [sentence.span, unpaid.span] : [sentence.span],
          cells: [UNPAID],
          expected: unpaid.value,
          actual: claim.sent,
          suggestion: `核实收费通知的发出情况：如确有发出，第六部分应写明发出收费通知的件数和总金额；如未发出，表三第三项（六）2 应为 0`,
        });
        return;
      }
    }
  },
});
