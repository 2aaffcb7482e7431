// Linter-style text output: "file: 严重 第N行 message [ruleId]".
import { severityLabel } from '../../shared/model/schema';
import { describeLocation, locate } from '../../shared/text/places';
import type { CheckedFile } from '../../main/check/check-file';

export const formatText = (files: readonly CheckedFile[]): string => {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of files) {
    const r = f.result;
    if (r.error) {
      lines.push(`${r.file}: 无法读取 [${r.error.code}] ${r.error.message}`);
      continue;
    }
    const head = r.report
      ? `${r.report.agency ?? '（未识别单位）'} ${r.report.year ?? '（未识别年度）'}年`
      : '';
    lines.push(
      `${r.file}: ${head}，${r.findings.length === 0 ? '未发现问题' : `${r.findings.length} 个问题`}`,
    );
    for (const note of r.notes ?? []) lines.push(`${r.file}: 说明 ${note}`);
    for (const finding of r.findings) {
      const span = finding.spans[0];
      const loc = span && f.doc ? locate(f.doc.norm, f.segments, span[0], span[1]) : null;
      const where = loc ? describeLocation(loc) : '全文';
      lines.push(
        `${r.file}: ${severityLabel[finding.severity]} ${where} ${finding.message} [${finding.ruleId}]`,
      );
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
      else infos++;
    }
  }
  const unreadable = files.filter((f) => f.result.error).length;
  lines.push(
    `共检查 ${files.length} 个文件${unreadable ? `（${unreadable} 个无法读取）` : ''}：错误 ${errors}，警告 ${warnings}，提示 ${infos}`,
  );
  return lines.join('\n') + '\n';
};
