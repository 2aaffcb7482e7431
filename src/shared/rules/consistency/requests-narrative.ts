// consistency.requests-narrative: numbers of 政府信息公开申请 in the text against table 三.
import { describeCell } from '../../model/form';
import { defineRule } from '../types';
import { applicationStatements, type ApplicationKind } from '../support/applications';
import { cellSpans, sumCells } from '../support/cells';
import { quoteClause } from '../support/narrative';

/** The table figures a statement may mean, the first being the one it most likely means. */
const READINGS: Record<ApplicationKind, ReadonlyArray<readonly string[]>> = {
  received: [['1'], ['1', '2']],
  carried: [['2']],
  handled: [['3.7']],
  pending: [['4']],
  generic: [['1'], ['1', '2'], ['3.7']],
};

/** The cells named in a finding for each kind. */
const SHOWN: Record<ApplicationKind, readonly string[]> = {
  received: ['1'],
  carried: ['2'],
  handled: ['3.7'],
  pending: ['4'],
  generic: ['1', '3.7'],
};

const WHAT: Record<ApplicationKind, string> = {
  received: '本年收到政府信息公开申请',
  carried: '上年结转申请',
  handled: '办结（答复）申请',
  pending: '结转下年度继续办理的申请',
  generic: '政府信息公开申请',
};

const total = (row: string): string => `requests/${row}/total`;

export const requestsNarrative = defineRule({
  meta: {
    id: 'consistency.requests-narrative',
    category: 'consistency',
    severity: 'error',
    title: '正文申请数与表三不符',
    description:
      '正文所述政府信息公开申请的件数（收到/新收、上年结转、办结/答复、结转下年度，或“未收到申请”）应与表三第一项、第二项、第三项（七）总计、第四项的总计列一致。法律援助咨询、信访、行政复议等其他事项的数字不在此列。',
  },
  check(ctx) {
    const sentences = ctx.narrative({ semicolons: false });
    const seen = new Set<string>();
    for (const st of applicationStatements(sentences, ctx.doc.report.year)) {
      const sentence = st.sentence;
      const readings = READINGS[st.kind].map((rows) => sumCells(ctx, rows.map(total)));
      if (!readings[0]) continue;
      if (readings.some((r) => r !== null && r.value === st.value)) continue;
      const key = `${sentence.start}:${st.kind}:${st.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const shown = SHOWN[st.kind].map((row) => ({
        path: total(row),
        r: sumCells(ctx, [total(row)]),
      }));
      const tableSays = shown
        .map(({ path, r }) => `${describeCell(path)}为 ${r?.value ?? '（未能读取）'}`)
        .join('，');
      const said = st.negated
        ? st.kind === 'received'
          ? '称未收到政府信息公开申请'
          : '称没有政府信息公开申请'
        : `称${WHAT[st.kind]} ${st.value} 件`;
      const expected = readings[0].value;
      ctx.report({
        message: `正文「${quoteClause(st.clause.text)}」${said}，与表三不一致：${tableSays}`,
        spans: [sentence.span, ...cellSpans(shown.flatMap(({ r }) => r?.cells ?? []))],
        cells: shown.map(({ path }) => path),
        expected,
        actual: st.value,
        suggestion: `核实实际收到和办理的申请数，使正文与表三一致（表三为 ${expected} 件，正文为 ${st.value} 件）`,
      });
    }
  },
});
