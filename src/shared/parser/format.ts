// Which edition of the form a report follows: 2021, the 2019 trial format, or an older one.
import type { FormatVersion, Span } from '../model/schema';
import type { HeadingInfo } from './types';

/** Markers of the 2019 trial format (国办公开办函〔2019〕60号). */
const MARKERS_2019: readonly RegExp[] = [
  /本年新制作数量/,
  /本年新公开数量/,
  /对外公开总数量/,
  /上一年项目数量/,
  /本年增\s*[/／]\s*减/,
  /其他对外管理服务事项/,
  /第二十条第[（(]九[）)]项/,
];

/** Markers of the format used before 2019. */
const MARKERS_PRE_2019: readonly RegExp[] = [
  /收费及减免/,
  /咨询处理情况/,
  /否决公开/,
  /非本部门掌握/,
];

/** Markers that only the 2021 form has. */
const MARKERS_2021: readonly RegExp[] = [
  /本年制发件数/,
  /现行有效件数/,
  /本年处理决定数量/,
  /三安全一稳定/,
  /本年新收政府信息公开申请数量/,
];

export interface FormatInfo {
  formatVersion: FormatVersion;
  legacyFormat: 'pre-2019' | null;
  markers: Array<{ marker: string; format: '2019' | 'pre-2019'; span: Span }>;
}

const findAll = (text: string, res: readonly RegExp[], format: '2019' | 'pre-2019') =>
  res.flatMap((re) => {
    const m = re.exec(text);
    return m ? [{ marker: m[0], format, span: [m.index, m.index + m[0].length] as Span }] : [];
  });

export const detectFormat = (
  text: string,
  headings: readonly HeadingInfo[],
  singleOtherRow: boolean,
): FormatInfo => {
  const markers = [
    ...findAll(text, MARKERS_2019, '2019'),
    ...findAll(text, MARKERS_PRE_2019, 'pre-2019'),
  ];
  const overview = headings.find((h) => h.id === '1' && /概述/.test(h.text));
  if (overview) markers.push({ marker: '概述', format: 'pre-2019', span: overview.span });
  const has2021 = MARKERS_2021.some((re) => re.test(text));
  const n2019 = markers.filter((m) => m.format === '2019').length + (singleOtherRow ? 1 : 0);
  const nPre = markers.filter((m) => m.format === 'pre-2019').length;
  if (nPre >= 2 && n2019 === 0)
    return { formatVersion: 'unknown', legacyFormat: 'pre-2019', markers };
  if (n2019 > 0) return { formatVersion: '2019', legacyFormat: null, markers };
  if (has2021) return { formatVersion: '2021', legacyFormat: null, markers };
  return { formatVersion: 'unknown', legacyFormat: null, markers };
};
