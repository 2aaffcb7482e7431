// Horizontal bars in inline SVG, one per row, each split into coloured segments (one segment is
// a plain bar chart). Values are printed at the end of each bar; a legend names the segments.
export interface BarRow {
  key: string;
  label: string;
  values: readonly number[];
}

interface Props {
  title: string;
  /** Segment names, in order; their CSS classes are `seg-<i>`. */
  series: readonly string[];
  rows: readonly BarRow[];
  testId: string;
  /** Shows each row's shares as 100% (the results mix), not absolute lengths. */
  normalized?: boolean;
}

const ROW = 24;
const LABEL = 150;
const WIDTH = 560;
const BAR = WIDTH - LABEL - 60;

const shortLabel = (s: string): string => (s.length > 11 ? `${s.slice(0, 10)}…` : s);

export const StackedBars = ({ title, series, rows, testId, normalized = false }: Props) => {
  const totals = rows.map((r) => r.values.reduce((s, v) => s + v, 0));
  const max = Math.max(1, ...totals);
  const legend = series.length > 1;
  const height = rows.length * ROW + (legend ? 28 : 4);
  return (
    <figure className="rollup-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="list">
        {rows.map((r, i) => {
          const scale = normalized ? (totals[i]! > 0 ? BAR / totals[i]! : 0) : BAR / max;
          let x = LABEL;
          return (
            <g key={r.key} transform={`translate(0 ${i * ROW})`} role="listitem" data-row={r.key}>
              <title>{`${r.label}：${r.values.map((v, j) => `${series[j]} ${v}`).join('，')}`}</title>
              <text x={LABEL - 8} y={ROW / 2 + 4} textAnchor="end" className="chart-label">
                {shortLabel(r.label)}
              </text>
              {r.values.map((v, j) => {
                const w = v * scale;
                const seg = (
                  <rect key={j} x={x} y={4} width={w} height={ROW - 8} className={`seg seg-${j}`} />
                );
                x += w;
                return seg;
              })}
              <text x={x + 6} y={ROW / 2 + 4} className="chart-value" data-total={totals[i]}>
                {totals[i]}
              </text>
            </g>
          );
        })}
        {legend && (
          <g transform={`translate(${LABEL} ${rows.length * ROW + 10})`}>
            {series.map((s, j) => (
              <g key={s} transform={`translate(${j * 66} 0)`}>
                <rect width={10} height={10} className={`seg seg-${j}`} />
                <text x={14} y={9} className="chart-legend">
                  {s}
                </text>
              </g>
            ))}
          </g>
        )}
      </svg>
    </figure>
  );
};
