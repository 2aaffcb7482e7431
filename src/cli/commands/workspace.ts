// `nianbao workspace export|import`: hands a workspace to a colleague and merges one back,
// keeping both sides' decisions (the newer wins per decision; comments are united).
import { Workspace } from '../../main/storage';

export interface WorkspaceArgs {
  action: 'export' | 'import';
  /** export: the workspace to export; import: the hand-over file to merge in. */
  source: string;
  /** export: the hand-over file to write; import: the workspace to merge into. */
  target: string;
}

/** Runs the command; returns the exit status and what to print. Workspace errors are Chinese. */
export const runWorkspace = (args: WorkspaceArgs): { code: number; message: string } => {
  const ws = Workspace.open(args.action === 'export' ? args.source : args.target);
  try {
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
