// A small bar chart of open findings by rule category over the batch, in SVG.
import { ruleCategories, categoryLabel } from '../../../shared/rules/types';
import { zh } from '../../i18n/zh-CN';

const ROW = 26;
const LABEL = 76;
const WIDTH = 360;

export const CategoryChart = ({ totals }: { totals: Map<string, number> }) => {
  const rows = ruleCategories.map((c) => ({
    id: c,
    label: categoryLabel[c],
    n: totals.get(c) ?? 0,
  }));
  const max = Math.max(1, ...rows.map((r) => r.n));
  const barMax = WIDTH - LABEL - 40;
  return (
    <figure className="chart" aria-label={zh.batch.chartTitle}>
      <figcaption>{zh.batch.chartTitle}</figcaption>
      <svg width={WIDTH} height={rows.length * ROW} role="list">
        {rows.map((r, i) => (
          <g key={r.id} transform={`translate(0 ${i * ROW})`} role="listitem" data-category={r.id}>
            <text x={LABEL - 8} y={ROW / 2 + 4} textAnchor="end" className="chart-label">
              {r.label}
            </text>
            <rect x={LABEL} y={5} width={barMax} height={ROW - 10} rx={3} className="chart-track" />
            <rect
              x={LABEL}
              y={5}
              width={r.n === 0 ? 0 : Math.max(3, (r.n / max) * barMax)}
              height={ROW - 10}
              rx={3}
              className={`chart-bar chart-${r.id}`}
            />
            <text x={LABEL + barMax + 8} y={ROW / 2 + 4} className="chart-value">
              {r.n}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
};
