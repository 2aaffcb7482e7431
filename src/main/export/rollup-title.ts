// The heading of the roll-up exports: "某县2025年政府信息公开工作年度报告统计汇总表".
import type { RollupView } from '../../shared/rollup/view';

export const rollupTitle = (view: Pick<RollupView, 'area'>): string =>
  `${view.area.name}${view.area.year}年政府信息公开工作年度报告统计汇总表`;

export const registerTitle = (view: Pick<RollupView, 'area'>): string =>
  `${view.area.name}${view.area.year}年度政府信息公开工作年度报告审核情况汇总表`;
