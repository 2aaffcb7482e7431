// The three tables laid out as the official 2021 form prints them: merged header cells, the
// group labels spanning their rows, the 25 rows of 表三. Cell paths come from shared/model/form.
import { cellPath, requestColumns, reviewColumns, type ActiveForm, type TableId } from './form';

export type LayoutCell =
  | {
      kind: 'label';
      text: string;
      colSpan?: number;
      rowSpan?: number;
      head?: boolean;
      /** The form's own note on the 勾稽 relation, printed small. */
      note?: boolean;
    }
  | { kind: 'value'; path: string; colSpan?: number };

export interface FormLayout {
  id: TableId;
  heading: string;
  head: LayoutCell[][];
  body: LayoutCell[][];
}

type LabelCell = Extract<LayoutCell, { kind: 'label' }>;

const label = (text: string, colSpan = 1, rowSpan = 1, head = false): LabelCell => ({
  kind: 'label',
  text,
  colSpan,
  rowSpan,
  head,
});
const th = (text: string, colSpan = 1, rowSpan = 1) => label(text, colSpan, rowSpan, true);
const value = (path: string, colSpan = 1): LayoutCell => ({ kind: 'value', path, colSpan });

export { activeFormOf, type ActiveForm } from './form';

/** Part （一）'s two rows: their headers and columns are the 2019 form's or the 2021 one's. */
const firstPart = (form: '2019' | '2021', docsLabel: string): LayoutCell[][] => {
  const columns: Array<[string, string]> =
    form === '2019'
      ? [
          ['made', '本年新制作数量'],
          ['published', '本年新公开数量'],
          ['publicTotal', '对外公开总数量'],
        ]
      : [
          ['issued', '本年制发件数'],
          ['repealed', '本年废止件数'],
          ['valid', '现行有效件数'],
        ];
  return [
    [th('第二十条第（一）项', 4)],
    [th('信息内容'), ...columns.map(([, text]) => th(text))],
    ...(['regulations', 'normativeDocs'] as const).map((id) => [
      label(id === 'regulations' ? '规章' : docsLabel),
      ...columns.map(([c]) => value(cellPath('active', id, c))),
    ]),
  ];
};

/** The 2019 form's table 二: its parts (一)(五)(六)(八)(九), each row its own columns. */
const active2019Layout = (): FormLayout => {
  const part = (article: string, heads: string[], columns: string[], rows: string[][]) => [
    [th(article, 4)],
    [th('信息内容'), ...heads.map((h, i) => th(h, i === heads.length - 1 ? 4 - heads.length : 1))],
    ...rows.map(([id, text]) => [
      label(text!),
      ...columns.map((c, i) =>
        value(cellPath('active', id!, c), i === columns.length - 1 ? 4 - columns.length : 1),
      ),
    ]),
  ];
  const items = ['上一年项目数量', '本年增/减', '处理决定数量'];
  const itemColumns = ['lastYearItems', 'change', 'decisions'];
  return {
    id: 'active',
    heading: '二、主动公开政府信息情况',
    head: [],
    body: [
      ...firstPart('2019', '规范性文件'),
      ...part('第二十条第（五）项', items, itemColumns, [
        ['licensing', '行政许可'],
        ['otherServices', '其他对外管理服务事项'],
      ]),
      ...part('第二十条第（六）项', items, itemColumns, [
        ['punishment', '行政处罚'],
        ['coercion', '行政强制'],
      ]),
      ...part('第二十条第（八）项', items.slice(0, 2), itemColumns.slice(0, 2), [
        ['fees', '行政事业性收费'],
      ]),
      ...part(
        '第二十条第（九）项',
        ['采购项目数量', '采购总金额'],
        ['items', 'amount'],
        [['procurement', '政府集中采购']],
      ),
    ],
  };
};

const activeLayout = (form: '2021' | 'mixed' = '2021'): FormLayout => {
  const item = (article: string, head: string, rows: Array<[string, string]>, column: string) => [
    [th(article, 4)],
    [th('信息内容'), th(head, 3)],
    ...rows.map(([id, text]) => [label(text), value(cellPath('active', id, column), 3)]),
  ];
  return {
    id: 'active',
    heading: '二、主动公开政府信息情况',
    head: [],
    body: [
      ...firstPart(form === 'mixed' ? '2019' : '2021', '行政规范性文件'),
      ...item('第二十条第（五）项', '本年处理决定数量', [['licensing', '行政许可']], 'decisions'),
      ...item(
        '第二十条第（六）项',
        '本年处理决定数量',
        [
          ['punishment', '行政处罚'],
          ['coercion', '行政强制'],
        ],
        'decisions',
      ),
      ...item(
        '第二十条第（八）项',
        '本年收费金额（单位：万元）',
        [['fees', '行政事业性收费']],
        'amount',
      ),
    ],
  };
};

/** Leaf rows of 三、本年度办理结果 under their group label, in the form's wording. */
const resultGroups = (
  legacySix: boolean,
): Array<{ group: string; rows: Array<[string, string]> }> => [
  { group: '（一）予以公开', rows: [['3.1', '']] },
  { group: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', rows: [['3.2', '']] },
  {
    group: '（三）不予公开',
    rows: [
      ['3.3.1', '1.属于国家秘密'],
      ['3.3.2', '2.其他法律行政法规禁止公开'],
      ['3.3.3', '3.危及“三安全一稳定”'],
      ['3.3.4', '4.保护第三方合法权益'],
      ['3.3.5', '5.属于三类内部事务信息'],
      ['3.3.6', '6.属于四类过程性信息'],
      ['3.3.7', '7.属于行政执法案卷'],
      ['3.3.8', '8.属于行政查询事项'],
    ],
  },
  {
    group: '（四）无法提供',
    rows: [
      ['3.4.1', '1.本机关不掌握相关政府信息'],
      ['3.4.2', '2.没有现成信息需要另行制作'],
      ['3.4.3', '3.补正后申请内容仍不明确'],
    ],
  },
  {
    group: '（五）不予处理',
    rows: [
      ['3.5.1', '1.信访举报投诉类申请'],
      ['3.5.2', '2.重复申请'],
      ['3.5.3', '3.要求提供公开出版物'],
      ['3.5.4', '4.无正当理由大量反复申请'],
      ['3.5.5', '5.要求行政机关确认或重新出具已获取信息'],
    ],
  },
  legacySix
    ? { group: '（六）其他处理', rows: [['3.6', '']] }
    : {
        group: '（六）其他处理',
        rows: [
          ['3.6.1', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
          ['3.6.2', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
          ['3.6.3', '3.其他'],
        ],
      },
  { group: '（七）总计', rows: [['3.7', '']] },
];

const requestValues = (row: string): LayoutCell[] =>
  requestColumns.map((c) => value(cellPath('requests', row, c.id)));

/** Table 三; `legacySix` keeps the 2019 single row （六）其他处理 when the report has it. */
const requestsLayout = (legacySix: boolean): FormLayout => {
  const groups = resultGroups(legacySix);
  const resultRows = groups.reduce((n, g) => n + g.rows.length, 0);
  const results: LayoutCell[][] = [];
  for (const g of groups) {
    g.rows.forEach(([id, text], i) => {
      const cells: LayoutCell[] = [];
      if (results.length === 0) cells.push(label('三、本年度办理结果', 1, resultRows));
      if (text === '') cells.push(label(g.group, 2));
      else {
        if (i === 0) cells.push(label(g.group, 1, g.rows.length));
        cells.push(label(text));
      }
      results.push([...cells, ...requestValues(id)]);
    });
  }
  return {
    id: 'requests',
    heading: '三、收到和处理政府信息公开申请情况',
    head: [
      [
        {
          ...th('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3),
          note: true,
        },
        th('申请人情况', 7),
      ],
      [th('自然人', 1, 2), th('法人或其他组织', 5), th('总计', 1, 2)],
      requestColumns.slice(1, 6).map((c) => th(c.label)),
    ],
    body: [
      [label('一、本年新收政府信息公开申请数量', 3), ...requestValues('1')],
      [label('二、上年结转政府信息公开申请数量', 3), ...requestValues('2')],
      ...results,
      [label('四、结转下年度继续办理', 3), ...requestValues('4')],
    ],
  };
};

const reviewLayout = (): FormLayout => ({
  id: 'review',
  heading: '四、政府信息公开行政复议、行政诉讼情况',
  head: [
    [th('行政复议', 5), th('行政诉讼', 10)],
    [
      ...reviewColumns.map((c) => th(c.label, 1, 2)),
      th('未经复议直接起诉', 5),
      th('复议后起诉', 5),
    ],
    [...reviewColumns, ...reviewColumns].map((c) => th(c.label)),
  ],
  body: [
    (['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const).flatMap(
      (row) => reviewColumns.map((c) => value(cellPath('review', row, c.id))),
    ),
  ],
});

/** The three tables in form order; table 二 as the report filled it (`activeFormOf`). */
export const formLayouts = (legacySix: boolean, active: ActiveForm = '2021'): FormLayout[] => [
  active === '2019' ? active2019Layout() : activeLayout(active),
  requestsLayout(legacySix),
  reviewLayout(),
];
