// structure.outdated-format: a report for 2021 or later uses the 2021 form, not the 2019 trial
// format nor the format used before 2019.
import type { Span } from '../../model/schema';
import { defineRule } from '../types';
import { beforeTheForms } from '../support/years';

/** The 2021 form applies from the 2021 reports on (国办公开办函〔2021〕30号). */
const FIRST_YEAR = 2021;
const MAX_QUOTED = 4;
/** Table headers that only the 2021 form has. */
const TABLES_2021 = /本年制发件数|现行有效件数|本年新收政府信息公开申请数量/;
/** Labels of 2021's three rows under （六）其他处理. */
const SUB_ROWS_2021 = /逾期不补正|逾期未按收费通知/;

export const outdatedFormat = defineRule({
  meta: {
    id: 'structure.outdated-format',
    category: 'structure',
    severity: 'error',
    title: '沿用旧版报告格式',
    description:
      '2021年度起的报告应使用国办公开办函〔2021〕30号规定的格式。出现2019年试行格式的表述（本年新制作数量、本年新公开数量、对外公开总数量、上一年项目数量、本年增/减、其他对外管理服务事项、第二十条第（九）项政府集中采购，或表三“（六）其他处理”不分三项），或2019年以前格式的表述（概述、收费及减免、咨询处理情况、否决公开、非本部门掌握）的，说明仍在沿用旧格式。',
  },
  check(ctx) {
    const { doc } = ctx;
    const year = doc.report.year;
    if (year !== null && beforeTheForms(doc)) {
      // Not a fault of the report: it predates the forms. One note instead of a finding for
      // every heading and table of a form it could not follow.
      ctx.report({
        message: `本报告为${year}年度报告，早于2019年，按当时的格式编制；现行格式规定的六个部分、标题和表格不适用于本报告，未作检查`,
        severity: 'info',
        spans: doc.titleSpan ? [doc.titleSpan] : [],
        expected: null,
        actual: `${year}年度`,
        suggestion: '如需按现行格式审查，请核实报告年度；2019年以前的报告按当年的要求审阅',
      });
      return;
    }
    const old2019 = doc.report.formatVersion === '2019';
    const pre2019 = doc.legacyFormat === 'pre-2019';
    if (!old2019 && !pre2019) return;
    if (year !== null && year < FIRST_YEAR) return;

    const markers = doc.formatMarkers
      .filter((m) => m.format === (old2019 ? '2019' : 'pre-2019'))
      .sort((a, b) => a.span[0] - b.span[0]);
    // A single （六） row is no evidence when the 2021 sub-rows' labels are in the text: the
    // table was misread, and table.row-missing speaks of it.
    if (old2019 && markers.length === 0 && SUB_ROWS_2021.test(ctx.text)) return;
    const quoted = [...new Set(markers.map((m) => m.marker))].slice(0, MAX_QUOTED);
    const spans: Span[] = markers.slice(0, MAX_QUOTED).map((m) => m.span);
    const evidence = quoted.length > 0 ? [quoted.map((q) => `「${q}」`).join('')] : [];
    // 2019's single row （六）其他处理 instead of the three rows of 2021.
    const single = ctx.cell('requests/3.6/total') ?? ctx.cell('requests/3.6/natural');
    const cells: string[] = [];
    if (old2019 && single) {
      evidence.push('表三「（六）其他处理」只有一行、未分为三项');
      if (single.span) spans.push(single.span);
      cells.push(...Object.keys(doc.report.cells).filter((p) => p.startsWith('requests/3.6/')));
    }
    // 2021 tables with a few old headings in the prose: the wording is old, the form is not.
    if (!old2019 && TABLES_2021.test(ctx.text)) {
      ctx.report({
        message: `表格已按2021年格式填报，但正文仍有2019年以前旧格式的栏目或表述（${evidence.join('，')}）`,
        spans,
        expected: '2021年格式',
        actual: '2019年以前格式的表述',
        suggestion: '按国办公开办函〔2021〕30号格式的六个部分改写正文，删去旧格式的栏目',
        severity: 'warning',
      });
      return;
    }
    const format = old2019 ? '2019年试行格式（国办公开办函〔2019〕60号）' : '2019年以前的旧格式';
    const subject = year !== null ? `本报告为${year}年度报告，但` : '报告';
    ctx.report({
      message: `${subject}仍按${format}编制${evidence.length > 0 ? `（${evidence.join('，')}）` : ''}；2021年度起应使用国办公开办函〔2021〕30号规定的格式${year === null ? '（未能确定报告年度，请核实）' : ''}`,
      spans,
      cells,
      expected: '2021年格式',
      actual: old2019 ? '2019年试行格式' : '2019年以前格式',
      suggestion:
        '按国办公开办函〔2021〕30号的格式重新编制报告，特别是表二至表四的栏目（如表二“本年制发件数/本年废止件数/现行有效件数”、表三“（六）其他处理”下的三项）',
      ...(year === null ? { severity: 'warning' as const } : {}),
    });
  },
});
