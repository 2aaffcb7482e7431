// The headings of the roll-up and the register, shared by the exports (main) and the print view.
import type { RollupView } from './view';

export const rollupTitle = (view: Pick<RollupView, 'area'>): string =>
  `${view.area.name}${view.area.year}年政府信息公开工作年度报告统计汇总表`;

export const registerTitle = (view: Pick<RollupView, 'area'>): string =>
  `${view.area.name}${view.area.year}年度政府信息公开工作年度报告审核情况汇总表`;
