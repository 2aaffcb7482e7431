// The heading of the roll-up exports: "某县2025年政府信息公开工作年度报告统计汇总表".
export { registerTitle, rollupTitle } from '../../shared/rollup/titles';
