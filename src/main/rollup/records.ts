// The reports a roll-up chooses from, as either store holds them (the workspace file for the
// command, the review store for the app): one neutral record, so both roll up the same way.
import type { ParsedDocument } from '../../shared/parser';
import type { CellOverride } from '../../shared/review/corrections';
import type { ReportStatus, StatusChange } from '../../shared/ipc/review';
import type { Severity } from '../../shared/model/schema';

export interface RollupRecord {
  id: string;
  /** The agency as written in the report (null when not read). */
  agency: string | null;
  /** Key that lines one agency up across names and years. */
  agencyKey: string | null;
  fileName: string;
  year: number | null;
  /** 1 for the first report of an agency and year, 2 for the next one, … */
  version: number;
  /** The report as parsed at import (null when the file could not be read). */
  parsed: ParsedDocument | null;
  /** Why the file could not be read. */
  error: string | null;
  corrections: CellOverride[];
  status: ReportStatus;
  history: StatusChange[];
  findings: Array<{ severity: Severity; dismissed: boolean }>;
}
