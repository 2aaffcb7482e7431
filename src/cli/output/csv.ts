// CSV output with a UTF-8 BOM so that Excel opens the Chinese text correctly.
import { severityLabel } from '../../shared/model/schema';
import { describeLocation, locate } from '../../shared/text/source-location';
import type { CheckedFile } from '../../main/check/check-file';
import { csvField as exportCsvField } from '../../main/export/issue-csv';

const HEADER = [
  '文件',
  '单位',
  '年度',
  '严重程度',
  '位置',
  '问题说明',
  '应为',
  '实为',
  '修改建议',
  '原文摘录',
  '涉及单元格',
  '规则',
];

/** RFC 4180 quoting, and no field that a spreadsheet would run as a formula (shared with the app's export). */
const csvField = (v: string | number | null): string => exportCsvField(v === null ? '' : v);

const QUOTE_LIMIT = 80;

export const formatCsv = (files: readonly CheckedFile[]): string => {
  const rows: string[][] = [HEADER];
  for (const f of files) {
    const r = f.result;
    if (r.error) {
      rows.push([
        r.file,
        '',
        '',
        '无法读取',
        '',
        r.error.message,
        '',
        '',
        '',
        '',
        '',
        r.error.code,
      ]);
      continue;
    }
    for (const finding of r.findings) {
      const span = finding.spans[0];
      const loc = span && f.doc ? locate(f.doc.norm, f.segments, span[0], span[1]) : null;
      const quote =
        span && r.report
          ? r.report.text.slice(span[0], span[1]).replace(/\s+/g, ' ').slice(0, QUOTE_LIMIT)
          : '';
      rows.push([
        r.file,
        r.report?.agency ?? '',
        String(r.report?.year ?? ''),
        severityLabel[finding.severity],
        loc ? describeLocation(loc) : '',
        finding.message,
        finding.expected === null ? '' : String(finding.expected),
        finding.actual === null ? '' : String(finding.actual),
        finding.suggestion ?? '',
        quote,
        finding.cells.join(' '),
        finding.ruleId,
      ]);
    }
  }
  return '\ufeff' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
};
