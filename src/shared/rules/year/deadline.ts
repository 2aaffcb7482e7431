// year.deadline: the report's date (落款) is not later than the publication deadline of its unit.
import { z } from 'zod';
import { defineRule } from '../types';
import { formatDate, signingDate } from '../support/signing';

type UnitKind = 'government' | 'department' | 'township' | 'unknown';

/**
 * What kind of unit an agency is. 条例 art. 49–50: a county-or-higher people's government's own
 * report by 31 March, its departments by 31 January; townships follow local notices.
 */
export const unitKind = (agency: string | null): UnitKind => {
  if (!agency) return 'unknown';
  if (/(?:乡|镇|街道)(?:人民)?政府$|街道办事处$|(?:乡|镇|街道)$/.test(agency)) return 'township';
  if (/(?:省|市|州|盟|县|区|旗)人民政府$/.test(agency)) return 'government';
  if (/管理委员会$|管委会$/.test(agency)) return 'unknown';
  return 'department';
};

/** "01-31": a month and a day. */
const monthDay = z
  .string()
  .regex(/^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, '应为“月-日”格式，如 "01-31"');

const deadlineOptions = z
  .object({
    departmentDeadline: monthDay.default('01-31'),
    governmentDeadline: monthDay.default('03-31'),
    townshipDeadline: monthDay.optional(),
  })
  .strict();

/** "03-31" → [3, 31]. */
const monthAndDay = (s: string): [number, number] => [Number(s.slice(0, 2)), Number(s.slice(3))];

const UNIT_LABEL: Record<Exclude<UnitKind, 'unknown'>, string> = {
  department: '县级以上人民政府部门',
  government: '县级以上人民政府',
  township: '乡镇人民政府（街道办事处）',
};

export const deadline = defineRule({
  meta: {
    id: 'year.deadline',
    category: 'year',
    severity: 'warning',
    title: '晚于公布期限',
    description:
      '报告落款（或发布）日期晚于公布期限：县级以上人民政府部门为次年1月31日前，县级以上人民政府本级报告为次年3月31日前（《政府信息公开条例》第四十九、五十条）。乡镇、街道的期限由地方通知规定，可用选项 townshipDeadline 设置；期限可用选项 departmentDeadline、governmentDeadline（“月-日”）调整。未写日期的不检查。',
    options: deadlineOptions,
  },
  check(ctx) {
    const year = ctx.doc.report.year;
    const date = signingDate(ctx.doc);
    if (year === null || !date) return;
    const options = deadlineOptions.parse(ctx.options);
    const department = monthAndDay(options.departmentDeadline);
    const government = monthAndDay(options.governmentDeadline);
    const township = options.townshipDeadline ? monthAndDay(options.townshipDeadline) : null;
    const kind = unitKind(ctx.doc.report.agency);
    // An agency of unknown kind is held to the later of the two deadlines only.
    const limit =
      kind === 'department'
        ? department
        : kind === 'government'
          ? government
          : kind === 'township'
            ? township
            : department[0] * 100 + department[1] > government[0] * 100 + government[1]
              ? department
              : government;
    if (!limit) return;
    const due = { year: year + 1, month: limit[0], day: limit[1] };
    const key = (d: typeof due): number => d.year * 10000 + d.month * 100 + d.day;
    if (key(date) <= key(due)) return;
    ctx.report({
      message:
        kind === 'unknown'
          ? `报告落款日期为${formatDate(date)}，晚于${year}年度报告最迟的公布期限（${formatDate(due)}）`
          : `报告落款日期为${formatDate(date)}，晚于${UNIT_LABEL[kind]}公布${year}年度报告的期限（${formatDate(due)}）`,
      spans: [date.span],
      expected: `${formatDate(due)}前`,
      actual: formatDate(date),
      suggestion: `核实发布日期：落款日期有误的予以更正；确系逾期公布的，请说明原因`,
    });
  },
});
