// The area's totals over the years in the workspace, as lines in inline SVG.
import type { YearTotals } from '../../../../shared/rollup/view';

const WIDTH = 560;
const HEIGHT = 200;
const PAD = { left: 48, right: 44, top: 14, bottom: 44 };
const SERIES: ReadonlyArray<{ key: 'received' | 'handled' | 'reviews'; label: string }> = [
  { key: 'received', label: '本年新收申请' },
  { key: 'handled', label: '办理结果总计' },
  { key: 'reviews', label: '复议诉讼总计' },
];

export const YearLine = ({ years }: { years: readonly YearTotals[] }) => {
  const max = Math.max(1, ...years.flatMap((y) => SERIES.map((s) => y[s.key] ?? 0)));
  const w = WIDTH - PAD.left - PAD.right;
  const h = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (years.length === 1 ? w / 2 : (i * w) / (years.length - 1));
  const y = (v: number) => PAD.top + h - (v / max) * h;
  return (
    <figure className="rollup-chart" data-testid="chart-years">
      <figcaption>全地区历年合计</figcaption>
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
        <line x1={PAD.left} y1={PAD.top + h} x2={PAD.left + w} y2={PAD.top + h} className="axis" />
        <text x={PAD.left - 6} y={PAD.top + 4} textAnchor="end" className="chart-label">
          {max}
        </text>
        <text x={PAD.left - 6} y={PAD.top + h} textAnchor="end" className="chart-label">
          0
        </text>
        {years.map((yr, i) => (
          <text
            key={yr.year}
            x={x(i)}
            y={PAD.top + h + 16}
            textAnchor="middle"
            className="chart-label"
          >
            {yr.year}（{yr.reports}份）
          </text>
        ))}
        {SERIES.map((s, j) => {
          const points = years.flatMap((yr, i) =>
            yr[s.key] === null ? [] : [[x(i), y(yr[s.key]!)]],
          );
          return (
            <g key={s.key} className={`trend trend-${j}`} data-series={s.key}>
              <polyline points={points.map((p) => p.join(',')).join(' ')} fill="none" />
              {years.map((yr, i) =>
                yr[s.key] === null ? null : (
                  <circle
                    key={yr.year}
                    cx={x(i)}
                    cy={y(yr[s.key]!)}
                    r={3.5}
                    data-value={yr[s.key]!}
                  >
                    <title>{`${yr.year}年 ${s.label}：${yr[s.key]}`}</title>
                  </circle>
                ),
              )}
            </g>
          );
        })}
        <g transform={`translate(${PAD.left} ${HEIGHT - 12})`}>
          {SERIES.map((s, j) => (
            <g key={s.key} transform={`translate(${j * 120} 0)`} className={`trend trend-${j}`}>
              <line x1={0} y1={-4} x2={16} y2={-4} />
              <text x={20} y={0} className="chart-legend">
                {s.label}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
};
