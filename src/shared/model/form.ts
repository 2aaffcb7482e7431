// The official 2021 form (国办公开办函〔2021〕30号): tables, rows, columns and their Chinese labels.
// Every cell path in the app (`table/row/column`) is built from this one catalogue.

/** One row of a table in the official form. */
export interface FormRow {
  readonly id: string;
  /** How the row is named to a reviewer, e.g. "第（三）项 1.属于国家秘密". */
  readonly label: string;
}

/** One column of a table in the official form. */
export interface FormColumn {
  readonly id: string;
  readonly label: string;
}

export type TableId = 'active' | 'requests' | 'review';

export interface FormTable {
  readonly id: TableId;
  /** 表二 / 表三 / 表四 — the section numbers the tables stand under. */
  readonly name: string;
  readonly title: string;
  readonly rows: readonly FormRow[];
  /** Columns per row; table 二 has different columns per row group. */
  readonly columnsOf: (rowId: string) => readonly FormColumn[];
}

const activeRows: readonly FormRow[] = [
  { id: 'regulations', label: '规章' },
  { id: 'normativeDocs', label: '行政规范性文件' },
  { id: 'licensing', label: '行政许可' },
  { id: 'punishment', label: '行政处罚' },
  { id: 'coercion', label: '行政强制' },
  { id: 'fees', label: '行政事业性收费' },
];

const stockColumns: readonly FormColumn[] = [
  { id: 'issued', label: '本年制发件数' },
  { id: 'repealed', label: '本年废止件数' },
  { id: 'valid', label: '现行有效件数' },
];

const activeColumns = (rowId: string): readonly FormColumn[] => {
  if (rowId === 'regulations' || rowId === 'normativeDocs') return stockColumns;
  if (rowId === 'fees') return [{ id: 'amount', label: '本年收费金额（万元）' }];
  return [{ id: 'decisions', label: '本年处理决定数量' }];
};

/** Table 三 rows in the official order (25 rows). */
export const requestRows: readonly FormRow[] = [
  { id: '1', label: '一、本年新收政府信息公开申请数量' },
  { id: '2', label: '二、上年结转政府信息公开申请数量' },
  { id: '3.1', label: '三、（一）予以公开' },
  { id: '3.2', label: '三、（二）部分公开' },
  { id: '3.3.1', label: '三、（三）不予公开 1.属于国家秘密' },
  { id: '3.3.2', label: '三、（三）不予公开 2.其他法律行政法规禁止公开' },
  { id: '3.3.3', label: '三、（三）不予公开 3.危及“三安全一稳定”' },
  { id: '3.3.4', label: '三、（三）不予公开 4.保护第三方合法权益' },
  { id: '3.3.5', label: '三、（三）不予公开 5.属于三类内部事务信息' },
  { id: '3.3.6', label: '三、（三）不予公开 6.属于四类过程性信息' },
  { id: '3.3.7', label: '三、（三）不予公开 7.属于行政执法案卷' },
  { id: '3.3.8', label: '三、（三）不予公开 8.属于行政查询事项' },
  { id: '3.4.1', label: '三、（四）无法提供 1.本机关不掌握相关政府信息' },
  { id: '3.4.2', label: '三、（四）无法提供 2.没有现成信息需要另行制作' },
  { id: '3.4.3', label: '三、（四）无法提供 3.补正后申请内容仍不明确' },
  { id: '3.5.1', label: '三、（五）不予处理 1.信访举报投诉类申请' },
  { id: '3.5.2', label: '三、（五）不予处理 2.重复申请' },
  { id: '3.5.3', label: '三、（五）不予处理 3.要求提供公开出版物' },
  { id: '3.5.4', label: '三、（五）不予处理 4.无正当理由大量反复申请' },
  { id: '3.5.5', label: '三、（五）不予处理 5.要求行政机关确认或重新出具已获取信息' },
  { id: '3.6.1', label: '三、（六）其他处理 1.申请人无正当理由逾期不补正' },
  { id: '3.6.2', label: '三、（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用' },
  { id: '3.6.3', label: '三、（六）其他处理 3.其他' },
  { id: '3.7', label: '三、（七）总计' },
  { id: '4', label: '四、结转下年度继续办理' },
];

/** The 21 leaf rows (一)…(六)3 whose sum is (七)总计. */
export const requestLeafRows: readonly string[] = requestRows
  .map((r) => r.id)
  .filter((id) => id.startsWith('3.') && id !== '3.7');

export const requestColumns: readonly FormColumn[] = [
  { id: 'natural', label: '自然人' },
  { id: 'commercial', label: '商业企业' },
  { id: 'research', label: '科研机构' },
  { id: 'ngo', label: '社会公益组织' },
  { id: 'legal', label: '法律服务机构' },
  { id: 'other', label: '其他' },
  { id: 'total', label: '总计' },
];

/** The six applicant columns that add up to 总计. */
export const requestApplicantColumns: readonly string[] = requestColumns
  .map((c) => c.id)
  .filter((id) => id !== 'total');

export const reviewRows: readonly FormRow[] = [
  { id: 'reconsideration', label: '行政复议' },
  { id: 'litigationDirect', label: '行政诉讼 未经复议直接起诉' },
  { id: 'litigationAfterReconsideration', label: '行政诉讼 复议后起诉' },
];

export const reviewColumns: readonly FormColumn[] = [
  { id: 'upheld', label: '结果维持' },
  { id: 'corrected', label: '结果纠正' },
  { id: 'other', label: '其他结果' },
  { id: 'pending', label: '尚未审结' },
  { id: 'total', label: '总计' },
];

export const formTables: readonly FormTable[] = [
  {
    id: 'active',
    name: '表二',
    title: '主动公开政府信息情况',
    rows: activeRows,
    columnsOf: activeColumns,
  },
  {
    id: 'requests',
    name: '表三',
    title: '收到和处理政府信息公开申请情况',
    rows: requestRows,
    columnsOf: () => requestColumns,
  },
  {
    id: 'review',
    name: '表四',
    title: '政府信息公开行政复议、行政诉讼情况',
    rows: reviewRows,
    columnsOf: () => reviewColumns,
  },
];

/**
 * The 2019 form's table 二 (国办公开办函〔2019〕60号), which reports of 2019 and 2020 (and reports
 * that kept it) fill instead of the 2021 one: the same table id `active`, other rows and columns.
 */
const active2019Rows: readonly FormRow[] = [
  { id: 'regulations', label: '规章' },
  { id: 'normativeDocs', label: '规范性文件' },
  { id: 'licensing', label: '行政许可' },
  { id: 'otherServices', label: '其他对外管理服务事项' },
  { id: 'punishment', label: '行政处罚' },
  { id: 'coercion', label: '行政强制' },
  { id: 'fees', label: '行政事业性收费' },
  { id: 'procurement', label: '政府集中采购' },
];

const itemColumns: readonly FormColumn[] = [
  { id: 'lastYearItems', label: '上一年项目数量' },
  { id: 'change', label: '本年增/减' },
  { id: 'decisions', label: '处理决定数量' },
];

const active2019Columns = (rowId: string): readonly FormColumn[] => {
  if (rowId === 'regulations' || rowId === 'normativeDocs')
    return [
      { id: 'made', label: '本年新制作数量' },
      { id: 'published', label: '本年新公开数量' },
      { id: 'publicTotal', label: '对外公开总数量' },
    ];
  if (rowId === 'fees') return itemColumns.slice(0, 2);
  if (rowId === 'procurement')
    return [
      { id: 'items', label: '采购项目数量' },
      { id: 'amount', label: '采购总金额' },
    ];
  return itemColumns;
};

export const activeTable2019: FormTable = {
  id: 'active',
  name: '表二',
  title: '主动公开政府信息情况',
  rows: active2019Rows,
  columnsOf: active2019Columns,
};

/**
 * Table 二 of a 2021 form whose first part kept the 2019 headers (本年新制作数量, 本年新公开数量,
 * 对外公开总数量) while the other parts are 2021's: the 规章 and 规范性文件 rows have the 2019
 * columns, the rest the 2021 ones. Read as the 2021 columns, 本年新公开数量 would pass for
 * 本年废止件数.
 */
export const activeTableMixed: FormTable = {
  ...formTables.find((t) => t.id === 'active')!,
  columnsOf: (rowId) =>
    rowId === 'regulations' || rowId === 'normativeDocs'
      ? active2019Columns(rowId)
      : activeColumns(rowId),
};

/**
 * Which table 二 a report filled: the 2021 form's, the 2019 form's (国办公开办函〔2019〕60号), or
 * the 2021 one whose first part kept the 2019 headers (`activeTableMixed`). Told by the cells the
 * parser read into: each form has its own paths.
 */
export type ActiveForm = '2021' | '2019' | 'mixed';

export const activeFormOf = (cells: Readonly<Record<string, unknown>>): ActiveForm =>
  cells['active/licensing/lastYearItems'] !== undefined
    ? '2019'
    : cells['active/regulations/made'] !== undefined
      ? 'mixed'
      : '2021';

/** A table of the form as a report filled it: table 二 by its form, the others as they are. */
export const formTableOf = (table: TableId, form: ActiveForm = '2021'): FormTable =>
  table === 'active' && form === '2019'
    ? activeTable2019
    : table === 'active' && form === 'mixed'
      ? activeTableMixed
      : formTables.find((t) => t.id === table)!;

/** The 2019 form's 本年增/减 cells (`active/<row>/change`): the only cells that may be negative. */
export const isSignedCell = (path: string): boolean =>
  path.startsWith('active/') && path.endsWith('/change');

/** `table/row/column` */
export const cellPath = (table: TableId, row: string, column: string): string =>
  `${table}/${row}/${column}`;

/** Every cell path of the 2019 form's table 二, in the form's reading order. */
export const active2019CellPaths: readonly string[] = active2019Rows.flatMap((r) =>
  active2019Columns(r.id).map((c) => cellPath('active', r.id, c.id)),
);

/** Every cell path of the 2021 form, in the form's reading order (10 + 175 + 15). */
export const allCellPaths: readonly string[] = formTables.flatMap((t) =>
  t.rows.flatMap((r) => t.columnsOf(r.id).map((c) => cellPath(t.id, r.id, c.id))),
);

export interface ParsedCellPath {
  table: TableId;
  row: string;
  column: string;
}

export const parseCellPath = (path: string): ParsedCellPath | null => {
  const [table, row, column] = path.split('/');
  const t = formTables.find((x) => x.id === table);
  if (!t || !row || !column) return null;
  return { table: t.id, row, column };
};

/**
 * A reviewer-readable place for a cell, e.g. "表三 第（七）项 总计 自然人列". A table 二 cell is
 * named by the form the report filled (`form`, see activeFormOf): the 2019 form's 规范性文件 and
 * 处理决定数量 are the 2021 form's 行政规范性文件 and 本年处理决定数量. Without a form, a path only
 * the 2019 form has is still named by it.
 */
export const describeCell = (path: string, form: ActiveForm = '2021'): string => {
  const p = parseCellPath(path);
  if (!p) return path;
  const table = formTableOf(p.table, form);
  // 3.6 is the single （六）其他处理 row kept from the 2019 format.
  const row =
    table.rows.find((r) => r.id === p.row) ??
    (p.table === 'active' ? active2019Rows.find((r) => r.id === p.row) : undefined) ??
    (p.row === '3.6' ? { id: '3.6', label: '三、（六）其他处理' } : undefined);
  // A cell of the 2019 form's table 二 ("active/licensing/change") is named by that form.
  const column =
    table.columnsOf(p.row).find((c) => c.id === p.column) ??
    (p.table === 'active' ? active2019Columns(p.row).find((c) => c.id === p.column) : undefined);
  const rowLabel = row ? row.label : p.row;
  const colLabel = column ? column.label : p.column;
  if (p.table === 'active') {
    return `${table.name}「${rowLabel}」${colLabel}`;
  }
  return `${table.name}「${rowLabel}」${colLabel}列`;
};
