// A report whose table 二 is the 2019 trial form's, for the rules that must read it as such.
import { buildReportText } from './report-builder';

/** Table 二 of the 2019 trial format (国办公开办函〔2019〕60号). */
export const active2019 = [
  '第二十条第（一）项',
  '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
  '规章\t0\t0\t0',
  '规范性文件\t2\t2\t15',
  '第二十条第（五）项',
  '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
  '行政许可\t0\t0\t0',
  '其他对外管理服务事项\t0\t0\t0',
  '第二十条第（九）项',
  '信息内容\t采购项目数量\t采购总金额',
  '政府集中采购\t0\t0',
].join('\n');

/** A report whose table 二 is the 2019 one. */
export const with2019Table = (year: number | null): string => {
  const base = buildReportText(
    year === null ? { title: '某县司法局政府信息公开工作年度报告' } : { year },
  );
  const s = base.indexOf('第二十条第（一）项');
  const e = base.indexOf('三、收到和处理');
  return `${base.slice(0, s)}${active2019}\n\n${base.slice(e)}`;
};
