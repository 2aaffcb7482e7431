// Clicking a cell of the summed form lists each agency's value for it, sortable; a row opens that
// report at that cell. Marks (far above the peers, 0 after many) are information, not findings.
import { useMemo, useState } from 'react';
import { cellName } from '../../../shared/rules/support/places';
import type { Rollup } from '../../../shared/rollup';
import { drillRows, type DrillSort } from './rollupModel';

interface Props {
  rollup: Rollup;
  path: string;
  total: number | null;
  onOpen(reportId: string, path: string): void;
  onClose(): void;
}

export const DrillDown = ({ rollup, path, total, onOpen, onClose }: Props) => {
  const [sort, setSort] = useState<DrillSort>({ key: 'value', dir: 'desc' });
  const rows = useMemo(() => drillRows(rollup, path, sort), [rollup, path, sort]);
  const by = (key: DrillSort['key']) =>
    setSort((s) => ({ key, dir: s.key === key && s.dir === 'desc' ? 'asc' : 'desc' }));
  const arrow = (key: DrillSort['key']) =>
    sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : '';
  return (
    <aside className="drill" data-testid="drill" aria-label="各单位数值">
      <header>
        <h3>{cellName(path)}</h3>
        <button type="button" className="ghost" onClick={onClose} aria-label="关闭">
          ×
        </button>
      </header>
      <p className="drill-total">
        合计 <strong>{total ?? '—'}</strong>，{rows.filter((r) => r.value !== null).length} 个单位
      </p>
      <table className="drill-table">
        <thead>
          <tr>
            <th aria-sort={sort.key === 'agency' ? `${sort.dir}ending` : undefined}>
              <button type="button" onClick={() => by('agency')}>
                单位{arrow('agency')}
              </button>
            </th>
            <th aria-sort={sort.key === 'value' ? `${sort.dir}ending` : undefined}>
              <button type="button" onClick={() => by('value')}>
                数值{arrow('value')}
              </button>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.id}
              data-member={r.id}
              className={r.outliers.length > 0 ? 'outlier' : undefined}
              tabIndex={0}
              onClick={() => onOpen(r.id, path)}
              onKeyDown={(e) => e.key === 'Enter' && onOpen(r.id, path)}
              title="打开该单位报告的这一格"
            >
              <td className="agency">
                {r.agency}
                {r.format === '2019' && <span className="tag">2019 格式</span>}
                {r.outliers.map((o) => (
                  <span key={o.kind} className={`mark mark-${o.kind}`} title={o.message}>
                    {o.kind === 'high' ? '偏高' : '骤降为 0'}
                  </span>
                ))}
              </td>
              <td className="num">
                {r.value ?? '—'}
                {r.corrected && <span className="tag corrected">已更正</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.some((r) => r.outliers.length > 0) && (
        <p className="drill-note">标“偏高”“骤降为 0”的数值供核对，不是问题。</p>
      )}
    </aside>
  );
};
