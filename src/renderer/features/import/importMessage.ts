// What the reviewer is told after an import: how many files were added, which were already in
// the workspace (nothing added for them), which joined a report there, which could not be read.
import type { ReportSummary } from '../../../shared/ipc/review';

const listed = (names: readonly string[]): string =>
  names.length <= 3 ? names.join('、') : `${names.slice(0, 3).join('、')} 等 ${names.length} 个`;

export const importMessage = (
  reports: readonly ReportSummary[],
  duplicates: readonly string[],
  sameSubmission: readonly string[] = [],
): { kind: 'info' | 'error'; text: string } => {
  const added = reports.length - duplicates.length;
  const failed = reports.filter((r) => r.error).length;
  const parts: string[] = [];
  if (added > 0 || duplicates.length === 0) parts.push(`已导入 ${added} 个文件`);
  if (sameSubmission.length > 0)
    parts.push(`其中 ${listed(sameSubmission)}与已有报告内容相同，归入同一份报送（不作为新版本）`);
  if (failed > 0) parts.push(`其中 ${failed} 个未能读取`);
  if (duplicates.length > 0) parts.push(`已在工作区中，未重复导入：${listed(duplicates)}`);
  return { kind: failed > 0 ? 'error' : 'info', text: `${parts.join('；')}。` };
};
