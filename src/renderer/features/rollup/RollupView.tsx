// The area's roll-up (汇总): the summed tables as the official form (click a cell for each
// agency's value), what was left out and why, what the check of the sums found, the charts and
// the register; exports and print.
import { useMemo, useState } from 'react';
import { severityLabel } from '../../../shared/model/schema';
import type { RollupArea } from '../../../shared/rollup/view';
import { displayValues } from '../../../shared/rollup/display';
import { invoke } from '../../api';
import { ExportFeedback } from '../export/ExportFeedback';
import { useExport } from '../export/useExport';
import { TableView } from '../review/TableView';
import { RollupCharts } from './charts/RollupCharts';
import { DrillDown } from './DrillDown';
import { RegisterTable } from './RegisterTable';
import { RegisterPrint } from './RegisterPrint';
import { usePrint } from '../export/usePrint';
import { rollupDocument, rollupFindings } from './rollupModel';
import { useRollup } from './useRollup';
import './rollup.css';

interface Props {
  /** Years of the workspace's reports, newest first. */
  years: readonly number[];
  onBack(): void;
  /** Opens a report at a cell of its tables. */
  onOpenCell(reportId: string, path: string): void;
}

const AgencyPicker = ({
  all,
  chosen,
  onChange,
}: {
  all: readonly string[];
  chosen: readonly string[] | null;
  onChange(next: string[] | null): void;
}) => (
  <details className="agency-picker">
    <summary>{chosen ? `已选 ${chosen.length} 个单位` : '全部单位'}</summary>
    <div className="agency-list">
      <label>
        <input type="checkbox" checked={chosen === null} onChange={() => onChange(null)} />
        全部单位
      </label>
      {all.map((a) => (
        <label key={a}>
          <input
            type="checkbox"
            checked={chosen === null || chosen.includes(a)}
            onChange={(e) => {
              const base = chosen ?? [...all];
              const next = e.target.checked ? [...base, a] : base.filter((x) => x !== a);
              onChange(next.length === all.length ? null : next);
            }}
          />
          {a}
        </label>
      ))}
    </div>
  </details>
);

export const RollupView = ({ years, onBack, onOpenCell }: Props) => {
  const [area, setArea] = useState<RollupArea>({
    year: years[0] ?? new Date().getFullYear() - 1,
    agencies: null,
    name: null,
  });
  const { view, error, loading } = useRollup(area);
  const [cell, setCell] = useState<string | null>(null);
  const exporter = useExport();
  const printer = usePrint();
  const doc = useMemo(() => (view ? rollupDocument(view.rollup, view.area.name) : null), [view]);
  const findings = useMemo(() => (view ? rollupFindings(view.rollup) : []), [view]);
  const values = useMemo(() => (view ? displayValues(view.rollup) : {}), [view]);
  const exportAs = (kind: 'xlsx' | 'docx' | 'register', label: string) =>
    void exporter.run(label, () => invoke('export:rollup', { area, kind }));

  return (
    <main className="rollup" data-testid="rollup">
      <div className="rollup-toolbar no-print">
        <button type="button" className="ghost" onClick={onBack}>
          ← 返回报告列表
        </button>
        <label>
          年度
          <select
            aria-label="年度"
            value={area.year}
            onChange={(e) => {
              setCell(null);
              setArea({ ...area, year: Number(e.target.value), agencies: null });
            }}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <AgencyPicker
          all={view?.agencies ?? []}
          chosen={area.agencies}
          onChange={(agencies) => setArea({ ...area, agencies })}
        />
        <label>
          地区名称
          <input
            type="text"
            placeholder="本地区"
            value={area.name ?? ''}
            onChange={(e) => setArea({ ...area, name: e.target.value.trim() || null })}
          />
        </label>
        <span className="spacer" />
        <button
          type="button"
          disabled={!view || exporter.busy !== null}
          onClick={() => exportAs('xlsx', '汇总表（Excel）')}
        >
          导出汇总表 Excel
        </button>
        <button
          type="button"
          disabled={!view || exporter.busy !== null}
          onClick={() => exportAs('docx', '汇总表（Word）')}
        >
          导出汇总表 Word
        </button>
        <button
          type="button"
          disabled={!view || exporter.busy !== null}
          onClick={() => exportAs('register', '审核情况汇总表')}
        >
          导出审核情况汇总表
        </button>
        <button type="button" onClick={() => window.print()}>
          打印
        </button>
        <button
          type="button"
          disabled={!view || printer.printing}
          onClick={() => view && void printer.print(<RegisterPrint view={view} />)}
        >
          打印审核情况汇总表
        </button>
      </div>
      <div className="no-print">
        <ExportFeedback outcome={exporter.outcome} />
        {printer.error && <p className="rollup-error">{printer.error}</p>}
      </div>
      {printer.view}
      {error && <p className="rollup-error">{error}</p>}
      {loading && !view && <p className="rollup-loading">正在汇总…</p>}
      {view && doc && (
        <>
          <h2 className="rollup-title">
            {view.area.name}
            {view.area.year}年政府信息公开工作年度报告统计汇总表
          </h2>
          <p className="rollup-note" data-testid="rollup-note">
            汇总 {view.rollup.members.length} 个单位的报告
            {view.rollup.members.some((m) => m.format === '2019') &&
              `，其中 ${view.rollup.members.filter((m) => m.format === '2019').length} 份为 2019 年格式（按两版共有的格汇总）`}
            {view.rollup.members.some((m) => m.corrected.length > 0) &&
              `，${view.rollup.members.filter((m) => m.corrected.length > 0).length} 份含审核人更正的数字`}
            。点击表中数字查看各单位的数值。
          </p>
          {view.rollup.excluded.length > 0 && (
            <section className="rollup-excluded" data-testid="rollup-excluded">
              <h3>未汇总的报告（{view.rollup.excluded.length} 份）</h3>
              <ul>
                {view.rollup.excluded.map((e) => (
                  <li key={e.id}>
                    <strong>{e.agency}</strong>（第 {e.version} 版）：{e.reasons.join('')}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section className="rollup-check" data-testid="rollup-check">
            {view.rollup.findings.length === 0 ? (
              <p className="ok">汇总表各项勾稽关系均成立。</p>
            ) : (
              <ul>
                {view.rollup.findings.map((f, i) => (
                  <li key={i} className={`sev-${f.severity}`}>
                    <span className="sev">{severityLabel[f.severity]}</span>
                    {f.message}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <div className={`rollup-form${cell ? ' with-drill' : ''}`}>
            <TableView
              doc={doc}
              findings={findings}
              corrections={[]}
              activeIndex={null}
              flashNonce={0}
              onCellClick={setCell}
            />
            {cell && (
              <DrillDown
                rollup={view.rollup}
                path={cell}
                total={values[cell] ?? null}
                onOpen={onOpenCell}
                onClose={() => setCell(null)}
              />
            )}
          </div>
          <RollupCharts view={view} />
          <RegisterTable rows={view.register} />
        </>
      )}
    </main>
  );
};
