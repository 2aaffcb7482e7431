// arith.fee-unit: the 行政事业性收费 amount of table 二 looks like 元 where the form asks for 万元.
import type { Span } from '../../model/schema';
import { viewRangeToBase } from '../../text/prose';
import { fmt } from '../support/places';
import { defineRule, type RuleContext } from '../types';

const FEE = 'active/fees/amount';
const PLACE = '表二「行政事业性收费」本年收费金额（万元）';
/** A sentence about this fee (not the 信息处理费 of section 六). */
const ABOUT_FEE = /行政事业性收费|收费金额/;
const OTHER_FEE = /信息处理费/;
const AMOUNT = /(\d+(?:,\d{3})*(?:\.\d+)?)\s*(亿元|万元|元)/g;
/** Above this many 万元 (10 亿元) a single unit's fees are implausible; 1 亿元 at county level. */
const LIMIT = 100000;
const COUNTY_LIMIT = 10000;
/**
 * A government, or a region's summary report (全区汇总), adds up the fees of all its bodies:
 * 亿元 are ordinary there; only an amount above 1000 亿元 is implausible.
 */
const AREA_LIMIT = 10000000;
const COUNTY = /[县旗乡镇]|街道|(?<!自治|地)区(?!域)/;
/** How the name of a body (not of an area) ends: 局, 委员会, 办公室, 中心 … */
const BODY_SUFFIX = /(?:局|委|办|室|厅|院|中心|所|站|队|部|会|署|处|科|社|馆|行|公司|集团|团)$/;
const AREA_GOVERNMENT = /(?:人民政府|管理委员会|管委会)$/;

/** Table 二's fee column headed in 元: "本年收费金额(单位:元)" where the form says 万元. */
const HEADER_IN_YUAN = /收费金额\s*[（(]\s*(?:单位\s*[:：]?\s*)?元\s*[）)]/;

type Level = 'area' | 'county' | 'unit';

/** The level whose fees the report counts: a whole area, a county-level body, another body. */
const levelOf = (agency: string | null): Level => {
  if (agency === null) return 'unit';
  const name = agency.trim();
  if (AREA_GOVERNMENT.test(name) || !BODY_SUFFIX.test(name)) return 'area';
  return COUNTY.test(name) ? 'county' : 'unit';
};
const LIMITS: Record<Level, number> = { area: AREA_LIMIT, county: COUNTY_LIMIT, unit: LIMIT };
const WHO: Record<Level, string> = {
  area: '一个地区',
  county: '县级及以下单位',
  unit: '一个单位',
};

const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;
const overlaps = (a: Span, b: Span | null): boolean => !!b && a[0] < b[1] && b[0] < a[1];

interface Stated {
  yuan: number;
  quote: string;
  span: Span;
}

/** Amounts the prose gives for the 行政事业性收费, converted to 元. */
const statedAmounts = (ctx: RuleContext, cell: Span | null): Stated[] => {
  const view = ctx.prose();
  const out: Stated[] = [];
  // Sentences outside the tables: a row of table 二 is not prose.
  for (const s of ctx.sentences()) {
    if (!ABOUT_FEE.test(s.text) || OTHER_FEE.test(s.text)) continue;
    for (const m of s.text.matchAll(AMOUNT)) {
      const n = Number(m[1]!.replace(/,/g, ''));
      const scale = m[2] === '元' ? 1 : m[2] === '万元' ? 1e4 : 1e8;
      const start = s.start + m.index;
      const span = viewRangeToBase(view, start, start + m[0].length);
      if (!overlaps(span, cell)) out.push({ yuan: n * scale, quote: m[0], span });
    }
  }
  return out;
};

export const feeUnit = defineRule({
  meta: {
    id: 'arith.fee-unit',
    category: 'arith',
    severity: 'warning',
    title: '收费金额单位',
    description:
      '表二“行政事业性收费”的本年收费金额以万元为单位。栏目改写为“单位：元”、格内写“元”、数额对本机关的层级大得不合常理（县级部门逾1亿元、其他部门逾10亿元；人民政府或全区汇总的报告逾1000亿元），或正文以元给出的金额与表中数字相同时，金额很可能误按元填写。',
  },
  check(ctx) {
    const cell = ctx.cell(FEE);
    if (!cell || cell.value === null || cell.value <= 0) return;
    const v = cell.value;
    const raw = cell.raw.trim();
    const base = { spans: cell.span ? [cell.span] : [], cells: [FEE] };
    const inWan = fmt(v / 1e4);
    if (/(?<!万|亿)元$/.test(raw)) {
      ctx.report({
        ...base,
        message: `${PLACE}填为「${raw}」，是以元计的金额；表中应填万元，折合 ${inWan} 万元。`,
        expected: v / 1e4,
        actual: raw,
        suggestion: `改为 ${inWan}`,
      });
      return;
    }
    // The agency changed the column's unit: its number is in 元, whatever its size.
    const region = ctx.doc.tables.find((t) => t.table === 'active');
    const header = region && HEADER_IN_YUAN.exec(ctx.text.slice(region.span[0], region.span[1]));
    if (region && header) {
      const at = region.span[0] + header.index;
      ctx.report({
        ...base,
        spans: [...base.spans, [at, at + header[0].length]],
        message: `表二收费金额一栏的栏目写作「${header[0]}」，格式规定以万元为单位：「行政事业性收费」所填 ${fmt(v)} 是元，折合 ${inWan} 万元。`,
        expected: v / 1e4,
        actual: v,
        suggestion: `栏目改回“本年收费金额（单位：万元）”，金额改为 ${inWan}`,
      });
      return;
    }
    const stated = statedAmounts(ctx, cell.span).find(
      (s) => same(s.yuan, v) && !same(s.yuan, v / 1e4),
    );
    if (stated) {
      ctx.report({
        ...base,
        spans: [...base.spans, stated.span],
        message: `正文称行政事业性收费「${stated.quote}」，即 ${fmt(v)} 元，而${PLACE}填 ${fmt(v)}，似按元填写；按万元应填 ${inWan}。`,
        expected: v / 1e4,
        actual: v,
        suggestion: `改为 ${inWan}`,
      });
      return;
    }
    const level = levelOf(ctx.doc.report.agency);
    if (v < LIMITS[level]) return;
    ctx.report({
      ...base,
      message: `${PLACE}填 ${fmt(v)}，即 ${fmt(v / 1e4)} 亿元，对${WHO[level]}而言数额异常大，可能误按元填写；若按元计，应填 ${inWan}。`,
      expected: v / 1e4,
      actual: v,
      suggestion: `核对金额单位；若原数以元计，改为 ${inWan}`,
    });
  },
});
