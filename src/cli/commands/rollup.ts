// `nianbao rollup`: the area's tables summed from a workspace, written as .xlsx or .docx, the
// register of the reports beside it when asked.
import { writeFile } from 'node:fs/promises';
import { Workspace } from '../../main/storage';
import { rollupRecords } from '../../main/rollup/workspace-records';
import { rollupArea } from '../../main/rollup';
import { writeRollupFile, writeRegisterXlsx } from '../../main/export/rollup-files';
import { severityLabel } from '../../shared/model/schema';
import type { RollupCommandArgs } from '../args';

/** Runs the command; returns the exit status and what to print. */
export const runRollup = async (
  args: RollupCommandArgs,
): Promise<{ code: number; message: string }> => {
  let ws: Workspace;
  try {
    ws = Workspace.open(args.workspace);
  } catch (error) {
    return { code: 2, message: error instanceof Error ? error.message : String(error) };
  }
  try {
    const view = rollupArea(rollupRecords(ws), {
      year: args.year,
      agencies: args.agencies,
      name: args.name,
    });
    const { members, excluded, findings } = view.rollup;
    if (members.length === 0 && excluded.length === 0) {
      return {
        code: 1,
        message: `工作区中没有 ${args.year} 年度的报告${args.agencies ? '（所选单位）' : ''}。`,
      };
    }
    await writeFile(args.out, await writeRollupFile(view, args.out));
    if (args.register) await writeFile(args.register, await writeRegisterXlsx(view));
    const lines = [
      `已汇总 ${members.length} 个单位的 ${args.year} 年度报告，写入 ${args.out}`,
      ...excluded.map((e) => `未汇总：${e.agency}（第 ${e.version} 版）${e.reasons.join('')}`),
      ...findings.map((f) => `${severityLabel[f.severity]}：${f.message}`),
      ...(args.register ? [`审核情况汇总表写入 ${args.register}`] : []),
    ];
    return {
      code: findings.some((f) => f.severity === 'error') ? 1 : 0,
      message: lines.join('\n'),
    };
  } catch (error) {
    return { code: 2, message: error instanceof Error ? error.message : String(error) };
  } finally {
    ws.close();
  }
};
