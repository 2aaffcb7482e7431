// The area at a glance: applications per agency, the results mix, the totals over the years and
// the findings per agency by severity.
import type { RollupView } from '../../../../shared/rollup/view';
import { displayValues } from '../../../../shared/rollup/display';
import { RESULT_GROUPS, resultsMix } from '../rollupModel';
import { StackedBars } from './StackedBars';
import { YearLine } from './YearLine';

export const RollupCharts = ({ view }: { view: RollupView }) => {
  const { members } = view.rollup;
  const received = members.map((m) => ({
    key: m.id,
    label: m.agency,
    values: [m.values['requests/1/total'] ?? 0],
  }));
  const mix = [
    { key: 'area', label: `${view.area.name}合计`, values: resultsMix(displayValues(view.rollup)) },
    ...members.map((m) => ({
      key: m.id,
      label: m.agency,
      values: resultsMix({
        ...m.values,
        ...(m.legacyOther ? { 'requests/3.6/total': m.legacyOther['total'] ?? 0 } : {}),
      }),
    })),
  ];
  const findings = view.register.map((r) => ({
    key: r.id,
    label: r.agency,
    values: [r.open.error, r.open.warning, r.open.info],
  }));
  return (
    <section className="rollup-charts" aria-label="图表">
      <StackedBars
        title="各单位本年新收申请数"
        series={['新收申请']}
        rows={received}
        testId="chart-received"
      />
      <StackedBars
        title="办理结果构成"
        series={RESULT_GROUPS.map((g) => g.label)}
        rows={mix}
        testId="chart-results"
        normalized
      />
      <YearLine years={view.years} />
      <StackedBars
        title="各单位未解决的问题（按严重程度）"
        series={['错误', '警告', '提示']}
        rows={findings}
        testId="chart-findings"
      />
    </section>
  );
};
