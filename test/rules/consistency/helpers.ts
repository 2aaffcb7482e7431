// Cells for the consistency tests: table 三 with chosen row totals, every relation of the form true.
import { completeTables, type CellValues } from '../../support/report-builder';

export interface RequestFigures {
  received?: number;
  carried?: number;
  /** Applications handled, all counted as 予以公开 unless `resultRow` says otherwise. */
  handled?: number;
  pending?: number;
  resultRow?: string;
}

/**
 * Table 三 with the figures in the 自然人 column (and so in 总计). The caller keeps
 * 一 + 二 = (七) + 四; `extra` overrides or adds cells (table 二 and 四 too).
 */
export const requestCells = (f: RequestFigures, extra: CellValues = {}): CellValues =>
  completeTables({
    'requests/1/natural': f.received ?? 0,
    'requests/2/natural': f.carried ?? 0,
    [`requests/${f.resultRow ?? '3.1'}/natural`]: f.handled ?? 0,
    'requests/4/natural': f.pending ?? 0,
    ...extra,
  });
