// The three tables as the official form: cells of open findings coloured, the active finding's
// cells flashed, a tooltip naming the cell and the broken relation, corrections shown as such.
// Tables and cells are memoised: j/k and the tooltip re-render only the cells that change.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Correction, ReviewFinding } from '../../../shared/ipc/review';
import type { Cell } from '../../../shared/model/schema';
import { describeCell } from '../../../shared/model/form';
import type { ParsedDocument } from '../../../shared/parser';
import { SeverityIcon } from '../../components/SeverityIcon';
import { useStableCallback } from '../../components/useStableCallback';
import { zh } from '../../i18n/zh-CN';
import { flashAll } from './flash';
import { activeFormOf, formLayouts, type FormLayout, type LayoutCell } from './formLayout';
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

/** The findings of each cell, and the cells the findings point at (the rest only tinted). */
interface CellMarks {
  map: ReadonlyMap<string, IndexedFinding[]>;
  flagged: ReadonlySet<string>;
}

interface CellHandlers {
  onClick(path: string): void;
  onTip(path: string, el: HTMLElement): void;
  onTipEnd(): void;
}

const none: readonly IndexedFinding[] = [];

interface ValueCellProps extends CellHandlers {
  path: string;
  colSpan: number | undefined;
  cell: Cell | undefined;
  hits: readonly IndexedFinding[];
  flagged: boolean;
  correction: Correction | undefined;
  /** Whether the active finding is of this cell: the cell it points at, or one of its relation. */
  active: '' | 'active' | 'active-related';
}

/** One figure of the form; renders again only when its findings, correction or activity change. */
const ValueCell = memo(function ValueCell(p: ValueCellProps) {
  const severity = worstSeverity(p.hits.map((h) => h.finding.severity));
  // The cell a finding points at is marked; the other cells of its relation are only tinted.
  const mark = severity ? (p.flagged ? `cell-${severity}` : 'cell-related') : '';
  const classes = ['value', mark, p.correction ? 'cell-corrected' : '', p.active];
  return (
    <td
      colSpan={p.colSpan}
      className={classes.filter(Boolean).join(' ')}
      data-cell={p.path}
      data-f={p.hits.map((h) => `f${h.index}`).join(' ') || undefined}
      tabIndex={0}
      onClick={() => p.onClick(p.path)}
      onKeyDown={(e) => e.key === 'Enter' && p.onClick(p.path)}
      onMouseEnter={(e) => p.onTip(p.path, e.currentTarget)}
      onFocus={(e) => p.onTip(p.path, e.currentTarget)}
      onMouseLeave={p.onTipEnd}
      onBlur={p.onTipEnd}
    >
      {p.cell === undefined ? (
        <span className="cell-missing">—</span>
      ) : p.correction ? (
        <>
          <span className="cell-new">{p.cell.raw}</span>
          <span className="cell-old">{p.correction.originalRaw || '空'}</span>
        </>
      ) : (
        p.cell.raw || <span className="cell-blank">空</span>
      )}
    </td>
  );
});

interface FormTableProps {
  layout: FormLayout;
  cells: Readonly<Record<string, Cell>>;
  marks: CellMarks;
  corrected: ReadonlyMap<string, Correction>;
  /** The active finding when it has a cell in this table, else null: the other tables stay put. */
  activeIndex: number | null;
  activeFlagged: ReadonlySet<string>;
  handlers: CellHandlers;
}

const FormTable = memo(function FormTable(p: FormTableProps) {
  const t = p.layout;
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
    const hits = p.marks.map.get(c.path) ?? none;
    const inActive = p.activeIndex !== null && hits.some((h) => h.index === p.activeIndex);
    return (
      <ValueCell
        key={key}
        path={c.path}
        colSpan={c.colSpan}
        cell={p.cells[c.path]}
        hits={hits}
        flagged={p.marks.flagged.has(c.path)}
        correction={p.corrected.get(c.path)}
        active={inActive ? (p.activeFlagged.has(c.path) ? 'active' : 'active-related') : ''}
        {...p.handlers}
      />
    );
  };
  return (
    <section className={`form-table form-${t.id}`}>
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
  );
});

/** The value cells' paths of a table. */
const pathsOf = (t: FormLayout): Set<string> =>
  new Set(
    [...t.head, ...t.body].flatMap((row) =>
      row.flatMap((c) => (c.kind === 'value' ? [c.path] : [])),
    ),
  );

export const TableView = memo(function TableView(props: Props) {
  const { doc, findings, corrections, activeIndex, flashNonce } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const legacySix = doc.report.cells['requests/3.6/natural'] !== undefined;
  // Table 二 as the report filled it: the 2019 form's columns, or its first part's in a 2021 form.
  const activeForm = activeFormOf(doc.report.cells);
  const layouts = useMemo(
    () => formLayouts(legacySix, activeForm).map((layout) => ({ layout, paths: pathsOf(layout) })),
    [legacySix, activeForm],
  );

  // A dismissed finding is shown only while it is the active one: the marks change with the
  // active finding only then, so moving between the others leaves every cell as it is.
  const shownDismissed =
    activeIndex !== null && findings[activeIndex]?.decision?.decision === 'dismissed'
      ? activeIndex
      : null;
  const marks = useMemo((): CellMarks => {
    const map = new Map<string, IndexedFinding[]>();
    const flagged = new Set<string>();
    findings.forEach((finding, index) => {
      if (finding.decision?.decision === 'dismissed' && index !== shownDismissed) return;
      for (const p of finding.cells) map.set(p, [...(map.get(p) ?? []), { index, finding }]);
      for (const p of flaggedCells(finding, doc)) flagged.add(p);
    });
    return { map, flagged };
  }, [findings, shownDismissed, doc]);
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

  const onCellClick = useStableCallback(props.onCellClick);
  const handlers = useMemo(
    (): CellHandlers => ({
      onClick: onCellClick,
      onTip: (path, el) => {
        const r = el.getBoundingClientRect();
        const above = r.bottom > window.innerHeight - 220;
        setTip({
          path,
          left: Math.min(r.left, window.innerWidth - 380),
          top: above ? r.top - 6 : r.bottom + 6,
          above,
        });
      },
      onTipEnd: () => setTip(null),
    }),
    [onCellClick],
  );

  const tipCell = tip ? doc.report.cells[tip.path] : undefined;
  const tipHits = tip ? (marks.map.get(tip.path) ?? none) : none;
  const tipCorrection = tip ? corrected.get(tip.path) : undefined;

  return (
    <div className="tables" ref={ref} data-testid="tables" onScroll={() => setTip(null)}>
      <p className="tables-hint">{zh.review.tablesHint}</p>
      {layouts.map(({ layout, paths }) => (
        <FormTable
          key={layout.id}
          layout={layout}
          cells={doc.report.cells}
          marks={marks}
          corrected={corrected}
          activeIndex={activeFinding?.cells.some((c) => paths.has(c)) ? activeIndex : null}
          activeFlagged={activeFlagged}
          handlers={handlers}
        />
      ))}
      {tip && (
        <div
          className={`cell-tip${tip.above ? ' above' : ''}`}
          role="tooltip"
          style={{ left: tip.left, top: tip.top }}
        >
          <div className="tip-place">{describeCell(tip.path, activeForm)}</div>
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
