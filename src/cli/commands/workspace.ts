// `nianbao workspace export|import`: hands a workspace to a colleague and merges one back,
// keeping both sides' decisions (the newer wins per decision; comments are united).
import { Workspace } from '../../main/storage';

export interface WorkspaceArgs {
  action: 'export' | 'import' | 'agencies' | 'merge';
  /** export: the workspace to export; import: the hand-over file to merge in. */
  source: string;
  /** export: the hand-over file to write; import: the workspace to merge into. */
  target: string;
  /** merge: the agency key merged into `target`'s… see `into`. */
  from?: string;
  into?: string;
}

/** Runs the command; returns the exit status and what to print. Workspace errors are Chinese. */
export const runWorkspace = (args: WorkspaceArgs): { code: number; message: string } => {
  const ws = Workspace.open(args.action === 'import' ? args.target : args.source);
  try {
    if (args.action === 'agencies') {
      const lines = ws
        .listAgencies()
        // Reports are submissions, as in the app's register: a .docx and its .pdf are one report.
        .map(
          (a) =>
            `${a.key}\t${a.names.join('、')}\t${a.years.join('、')}年\t${a.reports} 份报告` +
            (a.files === a.reports ? '' : `（${a.files} 个文件）`),
        );
      return { code: 0, message: lines.length ? lines.join('\n') : '工作区中还没有报告' };
    }
    if (args.action === 'merge') {
      // Two names of one agency ("区司法局" and "XX区司法局") become one, so its years line up.
      const r = ws.mergeAgencies(args.into!, args.from!);
      return { code: 0, message: `已将「${args.from}」并入「${r.key}」，移动报告 ${r.moved} 份` };
    }
    if (args.action === 'export') {
      ws.exportTo(args.target);
      return {
        code: 0,
        message: `已导出工作区到 ${args.target}（${ws.listReports().length} 份报告及全部审核记录）`,
      };
    }
    const r = ws.importFrom(args.source);
    return {
      code: 0,
      message:
        `已并入 ${args.source}：新增报告 ${r.added} 份，合并 ${r.merged} 份；` +
        `审核结论新增 ${r.decisions.added}、更新 ${r.decisions.updated}，批注 ${r.comments} 条，` +
        `单元格更正新增 ${r.corrections.added}、更新 ${r.corrections.updated}`,
    };
  } catch (error) {
    return { code: 1, message: error instanceof Error ? error.message : String(error) };
  } finally {
    ws.close();
  }
};
