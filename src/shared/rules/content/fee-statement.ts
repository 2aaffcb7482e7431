// content.fee-statement: section 六 must report the 信息处理费 collected (2021 format note).
import { describeCell } from '../../model/form';
import { defineRule } from '../types';
import { placeOf, quote } from '../support/prose';
import { sectionNames } from '../support/sections';
import { feeFacts, mentionsFee } from '../support/fee-facts';

const UNPAID = 'requests/3.6.2/total';
/** The 信息处理费 statement is asked from the 2021 form on (国办公开办函〔2021〕30号). */
const FIRST_YEAR = 2021;

export const feeStatement = defineRule({
  meta: {
    id: 'content.fee-statement',
    category: 'content',
    severity: 'warning',
    title: '未报告信息处理费情况',
    description:
      '年报格式（国办公开办函〔2021〕30号）要求在第六部分“其他需要报告的事项”报告收取信息处理费的情况。第六部分对信息处理费只字未提（连“未收取”也没有写）的，给出警告；写了收费金额或件数、却缺少发出收费通知的件数、总金额或实际收取总金额之一的，或表三第三项（六）2 大于 0（发出过收费通知）而未写收费通知件数的，给出提示。只写“未收取信息处理费”且表三无逾期未缴费的，视为已报告。2021年度以前的报告（2019年试行格式）无此要求。',
  },
  check(ctx) {
    const year = ctx.doc.report.year;
    if (year !== null && year < FIRST_YEAR) return;
    const sentences = ctx.sentences();
    const feeSentences = sentences.filter((s) => mentionsFee(s.text));
    const six = ctx.doc.report.sections.find((s) => s.id === '6');
    const inSix = feeSentences.filter((s) => s.section === '6');
    if (!six) {
      // The missing section is structure.section-missing's finding; the fee is ours only
      // when no part of the report mentions it.
      if (feeSentences.length === 0)
        ctx.report({
          message: '报告没有第六部分「其他需要报告的事项」，全文也未说明信息处理费收取情况',
          spans: ctx.doc.titleSpan ? [ctx.doc.titleSpan] : [],
          suggestion:
            '补充第六部分，写明本年度发出收费通知的件数和总金额以及实际收取的总金额；未收取的写明“未收取信息处理费”',
        });
      return;
    }
    const heading = ctx.doc.headings.find((h) => h.id === '6');
    const headSpan = heading?.span ?? six.span;
    if (inSix.length === 0) {
      const elsewhere = feeSentences[0];
      if (elsewhere) {
        ctx.report({
          message: `信息处理费情况写在${placeOf(ctx.doc, elsewhere.span[0])}（「${quote(ctx.text.slice(...elsewhere.span))}」），按年报格式应在${sectionNames['6']}中报告`,
          severity: 'info',
          spans: [elsewhere.span, headSpan],
          suggestion: '把信息处理费收取情况移到第六部分「其他需要报告的事项」中',
        });
        return;
      }
      ctx.report({
        message: `${sectionNames['6']}未说明信息处理费收取情况（连“未收取”也没有写）；按年报格式，收取信息处理费的情况在此部分报告`,
        spans: [headSpan],
        suggestion:
          '在第六部分写明本年度发出收费通知的件数和总金额以及实际收取的总金额；未发出收费通知的，写明“本年度未发出收费通知，未收取信息处理费”',
      });
      return;
    }
    const passage = inSix.map((s) => s.text).join('');
    const facts = feeFacts(passage);
    const spans = inSix.map((s) => s.span);
    const said = quote(ctx.text.slice(...inSix[0]!.span));
    const unpaid = ctx.cell(UNPAID);
    if (facts.positive) {
      const missing = [
        facts.noticeCount ? '' : '发出收费通知的件数',
        facts.noticeTotal ? '' : '收费通知的总金额',
        facts.collected ? '' : '实际收取的总金额',
      ].filter(Boolean);
      if (missing.length > 0)
        ctx.report({
          message: `第六部分报告了信息处理费（「${said}」），但未写明${missing.join('、')}；按年报格式，应报告发出收费通知的件数和总金额以及实际收取的总金额`,
          severity: 'info',
          spans,
          actual: missing.join('、'),
          suggestion: `补充${missing.join('、')}`,
        });
      return;
    }
    // "未收取" with unpaid notices in table 三: notices were sent, their count is not given.
    // (A section 六 that denies sending notices is consistency.fee-narrative's finding.)
    if (unpaid && unpaid.value !== null && unpaid.value > 0 && !facts.noticeCount) {
      ctx.report({
        message: `${describeCell(UNPAID)}为 ${unpaid.value}，说明本年发出过收费通知，但第六部分只写了「${said}」，未写明发出收费通知的件数和总金额`,
        severity: 'info',
        spans: unpaid.span ? [...spans, unpaid.span] : spans,
        cells: [UNPAID],
        expected: `发出收费通知不少于 ${unpaid.value} 件`,
        actual: said,
        suggestion: '在第六部分写明本年度发出收费通知的件数和总金额以及实际收取的总金额',
      });
    }
  },
});
