// Linter-style text output: "file: 严重 第N行 message [ruleId]".
import { severityLabel } from '../../shared/model/schema';
import { describeLocation, locate } from '../../shared/text/places';
import type { CheckedFile } from '../../main/check/check-file';

/** What the text keeps of one file: its lines and its counts (the places are found here). */
export interface TextPart {
  lines: string[];
  errors: number;
  warnings: number;
  infos: number;
  unreadable: boolean;
}

export const textPart = (f: CheckedFile): TextPart => {
  const part: TextPart = { lines: [], errors: 0, warnings: 0, infos: 0, unreadable: false };
  const r = f.result;
  if (r.error) {
    part.lines.push(`${r.file}: 无法读取 [${r.error.code}] ${r.error.message}`);
    part.unreadable = true;
    return part;
  }
  const head = r.report
    ? `${r.report.agency ?? '（未识别单位）'} ${r.report.year ?? '（未识别年度）'}年`
    : '';
  part.lines.push(
    `${r.file}: ${head}，${r.findings.length === 0 ? '未发现问题' : `${r.findings.length} 个问题`}`,
  );
  for (const note of r.notes ?? []) part.lines.push(`${r.file}: 说明 ${note}`);
  for (const finding of r.findings) {
    const span = finding.spans[0];
    const loc = span && f.doc ? locate(f.doc.norm, f.segments, span[0], span[1]) : null;
    const where = loc ? describeLocation(loc) : '全文';
    part.lines.push(
      `${r.file}: ${severityLabel[finding.severity]} ${where} ${finding.message} [${finding.ruleId}]`,
    );
    if (finding.severity === 'error') part.errors++;
    else if (finding.severity === 'warning') part.warnings++;
    else part.infos++;
  }
  return part;
};

/** The text of the files' parts in input order, with the closing count. */
export const textOf = (parts: readonly TextPart[]): string => {
  const sum = (key: 'errors' | 'warnings' | 'infos') => parts.reduce((n, p) => n + p[key], 0);
  const unreadable = parts.filter((p) => p.unreadable).length;
  const lines = parts.flatMap((p) => p.lines);
  lines.push(
    `共检查 ${parts.length} 个文件${unreadable ? `（${unreadable} 个无法读取）` : ''}：错误 ${sum('errors')}，警告 ${sum('warnings')}，提示 ${sum('infos')}`,
  );
  return lines.join('\n') + '\n';
};

export const formatText = (files: readonly CheckedFile[]): string => textOf(files.map(textPart));
