// Builds report texts in the official 2021 form for tests: tables from cell values (every
// relation true by default), prose per section overridable.
import {
  cellPath,
  requestApplicantColumns,
  requestColumns,
  requestLeafRows,
  requestRows,
  reviewColumns,
  reviewRows,
} from '../../src/shared/model/form';

export type CellValues = Record<string, number | string | null>;

export interface ReportSpec {
  agency?: string;
  year?: number;
  /** Replaces the title line(s). */
  title?: string;
  /** Prose of sections 1, 5, 6 (and extra prose before tables 2–4). */
  prose?: Partial<Record<'1' | '2' | '3' | '4' | '5' | '6', string>>;
  /** Replaces a section's heading line. */
  headings?: Partial<Record<'1' | '2' | '3' | '4' | '5' | '6', string>>;
  /** Cell values; missing cells are 0 (or consistent sums when `consistent` is used). */
  cells?: CellValues;
  /** Drops a section entirely (heading, prose and table). */
  omit?: Array<'1' | '2' | '3' | '4' | '5' | '6'>;
}

const HEADINGS = {
  '1': '一、总体情况',
  '2': '二、主动公开政府信息情况',
  '3': '三、收到和处理政府信息公开申请情况',
  '4': '四、政府信息公开行政复议、行政诉讼情况',
  '5': '五、存在的主要问题及改进情况',
  '6': '六、其他需要报告的事项',
} as const;

const show = (v: number | string | null | undefined): string =>
  v === null ? '' : v === undefined ? '0' : String(v);

const REQUEST_LABELS: Record<string, string> = {
  '1': '一、本年新收政府信息公开申请数量',
  '2': '二、上年结转政府信息公开申请数量',
  '3.1': '三、本年度办理结果\t(一) 予以公开',
  '3.2': '\t(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)',
  '3.3.1': '\t(三) 不予公开\t1. 属于国家秘密',
  '3.3.2': '\t\t2. 其他法律行政法规禁止公开',
  '3.3.3': '\t\t3. 危及“三安全一稳定”',
  '3.3.4': '\t\t4. 保护第三方合法权益',
  '3.3.5': '\t\t5. 属于三类内部事务信息',
  '3.3.6': '\t\t6. 属于四类过程性信息',
  '3.3.7': '\t\t7. 属于行政执法案卷',
  '3.3.8': '\t\t8. 属于行政查询事项',
  '3.4.1': '\t(四) 无法提供\t1. 本机关不掌握相关政府信息',
  '3.4.2': '\t\t2. 没有现成信息需要另行制作',
  '3.4.3': '\t\t3. 补正后申请内容仍不明确',
  '3.5.1': '\t(五) 不予处理\t1. 信访举报投诉类申请',
  '3.5.2': '\t\t2. 重复申请',
  '3.5.3': '\t\t3. 要求提供公开出版物',
  '3.5.4': '\t\t4. 无正当理由大量反复申请',
  '3.5.5': '\t\t5. 要求行政机关确认或重新出具已获取信息',
  '3.6.1': '\t(六) 其他处理\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '3.6.2': '\t\t2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.6.3': '\t\t3. 其他',
  '3.7': '\t(七) 总计',
  '4': '四、结转下年度继续办理',
};

const tableActive = (c: CellValues): string =>
  [
    '第二十条第（一）项',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    `规章\t${show(c['active/regulations/issued'])}\t${show(c['active/regulations/repealed'])}\t${show(c['active/regulations/valid'])}`,
    `行政规范性文件\t${show(c['active/normativeDocs/issued'])}\t${show(c['active/normativeDocs/repealed'])}\t${show(c['active/normativeDocs/valid'])}`,
    '第二十条第（五）项',
    '信息内容\t本年处理决定数量',
    `行政许可\t${show(c['active/licensing/decisions'])}`,
    '第二十条第（六）项',
    '信息内容\t本年处理决定数量',
    `行政处罚\t${show(c['active/punishment/decisions'])}`,
    `行政强制\t${show(c['active/coercion/decisions'])}`,
    '第二十条第（八）项',
    '信息内容\t本年收费金额（单位：万元）',
    `行政事业性收费\t${show(c['active/fees/amount'])}`,
  ].join('\n');

const tableRequests = (c: CellValues): string =>
  [
    '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t申请人情况\t\t\t\t\t\t\t总计',
    '\t自然人\t法人或其他组织\t\t\t\t\t',
    '\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t',
    ...requestRows.map((r) =>
      [
        REQUEST_LABELS[r.id],
        ...requestColumns.map((col) => show(c[cellPath('requests', r.id, col.id)])),
      ].join('\t'),
    ),
  ].join('\n');

const tableReview = (c: CellValues): string =>
  [
    '行政复议\t\t\t\t\t行政诉讼',
    '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉',
    reviewRows
      .flatMap((r) => reviewColumns.map((col) => show(c[cellPath('review', r.id, col.id)])))
      .join('\t'),
  ].join('\n');

const DEFAULT_PROSE = {
  '1': '（一）主动公开\n本年度我局通过政府门户网站主动公开政府信息，及时更新工作动态。\n（二）依申请公开\n本年度依法办理政府信息公开申请。\n（三）政府信息管理\n严格落实信息发布审核制度。\n（四）政府信息公开平台建设\n持续做好政府网站栏目维护。\n（五）监督保障\n将政务公开纳入年度考核，接受社会监督。',
  '5': '主要问题：公开内容还不够丰富，信息更新不够及时。\n改进情况：一是加强业务培训；二是完善信息发布机制，及时更新公开内容。',
  '6': '本年度未收取信息处理费。',
};

/** A report text in the official form; cells default to 0. */
export const buildReportText = (spec: ReportSpec = {}): string => {
  const agency = spec.agency ?? '某县司法局';
  const year = spec.year ?? 2024;
  const cells = spec.cells ?? {};
  const prose = { ...DEFAULT_PROSE, ...spec.prose } as Record<string, string | undefined>;
  const headings = { ...HEADINGS, ...spec.headings } as Record<string, string>;
  const tables: Record<string, string> = {
    '2': tableActive(cells),
    '3': tableRequests(cells),
    '4': tableReview(cells),
  };
  const parts = [spec.title ?? `${agency}${year}年政府信息公开工作年度报告`];
  for (const id of ['1', '2', '3', '4', '5', '6']) {
    if (spec.omit?.includes(id as '1')) continue;
    parts.push(headings[id]!);
    if (prose[id]) parts.push(prose[id]!);
    if (tables[id]) parts.push(tables[id]!);
  }
  return parts.join('\n\n') + '\n';
};

/** Fills the derived cells of table 三 and 四 so every relation of the form holds. */
export const completeTables = (leaves: CellValues): CellValues => {
  const c: CellValues = { ...leaves };
  const n = (p: string): number => Number(c[p] ?? 0);
  const rowIds = requestRows.map((r) => r.id);
  for (const col of requestApplicantColumns) {
    c[cellPath('requests', '3.7', col)] = requestLeafRows.reduce(
      (s, r) => s + n(cellPath('requests', r, col)),
      0,
    );
  }
  for (const r of rowIds) {
    c[cellPath('requests', r, 'total')] = requestApplicantColumns.reduce(
      (s, col) => s + n(cellPath('requests', r, col)),
      0,
    );
  }
  for (const row of reviewRows) {
    c[cellPath('review', row.id, 'total')] = ['upheld', 'corrected', 'other', 'pending'].reduce(
      (s, col) => s + n(cellPath('review', row.id, col)),
      0,
    );
  }
  return c;
};

/**
 * A consistent set of cells from a seed: leaves, 上年结转 and 结转 chosen so that
 * 一 + 二 = (七) + 四 in every column. Deterministic for a seed.
 */
export const consistentCells = (seed: number): CellValues => {
  let s = seed >>> 0 || 1;
  const rnd = (max: number): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % (max + 1);
  };
  const c: CellValues = {};
  for (const col of requestApplicantColumns) {
    for (const r of requestLeafRows) c[cellPath('requests', r, col)] = rnd(3) === 0 ? rnd(20) : 0;
    const results = requestLeafRows.reduce(
      (sum, r) => sum + Number(c[cellPath('requests', r, col)]),
      0,
    );
    const carried = rnd(Math.min(results, 5));
    const pending = rnd(4);
    c[cellPath('requests', '2', col)] = carried;
    c[cellPath('requests', '4', col)] = pending;
    c[cellPath('requests', '1', col)] = results + pending - carried;
  }
  for (const row of reviewRows)
    for (const col of ['upheld', 'corrected', 'other', 'pending'])
      c[cellPath('review', row.id, col)] = rnd(2);
  for (const [row, cols] of [
    ['regulations', 3],
    ['normativeDocs', 3],
  ] as const) {
    const issued = rnd(5);
    const repealed = rnd(3);
    c[cellPath('active', row, 'issued')] = issued;
    c[cellPath('active', row, 'repealed')] = repealed;
    c[cellPath('active', row, 'valid')] = issued + rnd(30);
    void cols;
  }
  c['active/licensing/decisions'] = rnd(500);
  c['active/punishment/decisions'] = rnd(100);
  c['active/coercion/decisions'] = rnd(10);
  c['active/fees/amount'] = rnd(3) === 0 ? Number((rnd(99999) / 10000).toFixed(4)) : 0;
  return completeTables(c);
};
