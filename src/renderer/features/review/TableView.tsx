// The three tables as the official form: cells of open findings coloured, the active finding's
// cells flashed, a tooltip naming the cell and the broken relation, corrections shown as such.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Correction, ReviewFinding } from '../../../shared/ipc/review';
import { describeCell } from '../../../shared/model/form';
import type { ParsedDocument } from '../../../shared/parser';
import { SeverityIcon } from '../../components/SeverityIcon';
import { zh } from '../../i18n/zh-CN';
import { flashAll } from './flash';
import { formLayouts, type LayoutCell } from './formLayout';
import { flaggedCells, worstSeverity, type IndexedFinding } from './reviewModel';

interface Props {
  /** The report with the reviewer's corrections applied. */
  doc: ParsedDocument;
  findings: readonly ReviewFinding[];
  corrections: readonly Correction[];
  activeIndex: number | null;
  flashNonce: number;
  onCellClick(path: string): void;
}

interface Tip {
  path: string;
  left: number;
  top: number;
  above: boolean;
}

export const TableView = memo(function TableView(props: Props) {
  const { doc, findings, corrections, activeIndex, flashNonce, onCellClick } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const legacySix = doc.report.cells['requests/3.6/natural'] !== undefined;
  const layouts = useMemo(() => formLayouts(legacySix), [legacySix]);

  const byCell = useMemo(() => {
    const map = new Map<string, IndexedFinding[]>();
    const flagged = new Set<string>();
    findings.forEach((finding, index) => {
      if (finding.decision?.decision === 'dismissed' && index !== activeIndex) return;
      for (const p of finding.cells) map.set(p, [...(map.get(p) ?? []), { index, finding }]);
      for (const p of flaggedCells(finding, doc)) flagged.add(p);
    });
    return { map, flagged };
  }, [findings, activeIndex, doc]);
  const corrected = useMemo(() => new Map(corrections.map((c) => [c.path, c])), [corrections]);
  const activeFinding = activeIndex !== null ? findings[activeIndex] : undefined;
  const activeFlagged = useMemo(
    () => new Set(activeFinding ? flaggedCells(activeFinding, doc) : []),
    [activeFinding, doc],
  );

  useEffect(() => {
    if (activeIndex !== null && ref.current)
      flashAll(ref.current, `td[data-f~="f${activeIndex}"].active`);
  }, [activeIndex, flashNonce]);

  const showTip = (path: string, el: HTMLElement) => {
    const r = el.getBoundingClientRect();
    const above = r.bottom > window.innerHeight - 220;
    setTip({
      path,
      left: Math.min(r.left, window.innerWidth - 380),
      top: above ? r.top - 6 : r.bottom + 6,
      above,
    });
  };

  const renderCell = (c: LayoutCell, key: number) => {
    if (c.kind === 'label') {
      const Tag = c.head ? 'th' : 'td';
      return (
        <Tag
          key={key}
          colSpan={c.colSpan}
          rowSpan={c.rowSpan}
          className={c.head ? (c.note ? 'head note' : 'head') : 'label'}
        >
          {c.text}
        </Tag>
      );
    }
    const cell = doc.report.cells[c.path];
    const hits = byCell.map.get(c.path) ?? [];
    const severity = worstSeverity(hits.map((h) => h.finding.severity));
    const correction = corrected.get(c.path);
    const inActive = activeIndex !== null && hits.some((h) => h.index === activeIndex);
    const active = inActive ? (activeFlagged.has(c.path) ? 'active' : 'active-related') : '';
    // The cell a finding points at is marked; the other cells of its relation are only tinted.
    const mark = severity ? (byCell.flagged.has(c.path) ? `cell-${severity}` : 'cell-related') : '';
    const classes = ['value', mark, correction ? 'cell-corrected' : '', active];
    return (
      <td
        key={key}
        colSpan={c.colSpan}
        className={classes.filter(Boolean).join(' ')}
        data-cell={c.path}
        data-f={hits.map((h) => `f${h.index}`).join(' ') || undefined}
        tabIndex={0}
        onClick={() => onCellClick(c.path)}
        onKeyDown={(e) => e.key === 'Enter' && onCellClick(c.path)}
        onMouseEnter={(e) => showTip(c.path, e.currentTarget)}
        onFocus={(e) => showTip(c.path, e.currentTarget)}
        onMouseLeave={() => setTip(null)}
        onBlur={() => setTip(null)}
      >
        {cell === undefined ? (
          <span className="cell-missing">—</span>
        ) : correction ? (
          <>
            <span className="cell-new">{cell.raw}</span>
            <span className="cell-old">{correction.originalRaw || '空'}</span>
          </>
        ) : (
          cell.raw || <span className="cell-blank">空</span>
        )}
      </td>
    );
  };

  const tipCell = tip ? doc.report.cells[tip.path] : undefined;
  const tipHits = tip ? (byCell.map.get(tip.path) ?? []) : [];
  const tipCorrection = tip ? corrected.get(tip.path) : undefined;

  return (
    <div className="tables" ref={ref} data-testid="tables" onScroll={() => setTip(null)}>
      <p className="tables-hint">{zh.review.tablesHint}</p>
      {layouts.map((t) => (
        <section key={t.id} className={`form-table form-${t.id}`}>
          <h3>{t.heading}</h3>
          <table data-table={t.id}>
            {t.head.length > 0 && (
              <thead>
                {t.head.map((row, i) => (
                  <tr key={i}>{row.map(renderCell)}</tr>
                ))}
              </thead>
            )}
            <tbody>
              {t.body.map((row, i) => (
                <tr key={i}>{row.map(renderCell)}</tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {tip && (
        <div
          className={`cell-tip${tip.above ? ' above' : ''}`}
          role="tooltip"
          style={{ left: tip.left, top: tip.top }}
        >
          <div className="tip-place">{describeCell(tip.path)}</div>
          <div className="tip-raw">
            原文：{tipCell ? tipCell.raw || '（空）' : '（表中未找到该单元格）'}
          </div>
          {tipCorrection && (
            <div className="tip-corrected">
              审核人{tipCorrection.reviewer ? `（${tipCorrection.reviewer}）` : ''}更正：原为
              {tipCorrection.originalRaw || '空'}，改为 {tipCorrection.value}
            </div>
          )}
          {tipHits.map(({ index, finding }) => (
            <div key={index} className="tip-finding">
              <SeverityIcon severity={finding.severity} size={14} />
              <span>
                {finding.message}
                {(finding.expected !== null || finding.actual !== null) && (
                  <span className="tip-ea">
                    （{zh.review.expected} {finding.expected ?? '—'}，{zh.review.actual}{' '}
                    {finding.actual ?? '—'}）
                  </span>
                )}
              </span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
});
