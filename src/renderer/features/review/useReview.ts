// One report under review: loads it, parses its text with the shared parser, and performs the
// reviewer's actions through main (corrections are previewed locally first).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { errorMessage, invoke } from '../../api';
import type {
  Correction,
  DecisionKind,
  ReportDetail,
  ReportStatus,
  ReportSummary,
  ReviewFinding,
} from '../../../shared/ipc/review';
import { applyCorrections } from '../../../shared/review/corrections';
import type { Span } from '../../../shared/model/schema';
import { parseReport, type ParsedDocument } from '../../../shared/parser';
import { lineStarts } from '../../../shared/text/lines';
import { useToast } from '../../components/toasts';
import { previewCorrections, withCorrection } from './correctionPreview';

export interface Review {
  detail: ReportDetail | null;
  /** The report as parsed (null for a failed file). */
  doc: ParsedDocument | null;
  /** The report with the reviewer's corrections applied (what the tables show). */
  corrected: ParsedDocument | null;
  starts: number[];
  loadError: string | null;
  decide(f: ReviewFinding, decision: DecisionKind, reason?: string | null): Promise<boolean>;
  comment(span: Span, text: string): Promise<boolean>;
  correct(path: string, value: number | null): Promise<boolean>;
  setStatus(status: ReportStatus, note: string | null): Promise<boolean>;
}

export const useReview = (id: string, onSummary: (s: ReportSummary) => void): Review => {
  const { notify } = useToast();
  const [detail, setDetail] = useState<ReportDetail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setDetail(null);
    setLoadError(null);
    invoke('report:get', { id })
      .then((d) => live && setDetail(d))
      .catch((e: unknown) => live && setLoadError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [id]);

  const raw = detail?.summary.error ? null : (detail?.raw ?? null);
  const grids = detail?.grids;
  const doc = useMemo(
    () => (raw === null ? null : parseReport(raw, { grids: grids ?? [] })),
    [raw, grids],
  );
  const corrections = detail?.corrections;
  const corrected = useMemo(
    () => (doc && corrections ? applyCorrections(doc, corrections) : doc),
    [doc, corrections],
  );
  const starts = useMemo(() => (doc ? lineStarts(doc.report.text) : [0]), [doc]);

  const run = useCallback(
    async (action: () => Promise<void>): Promise<boolean> => {
      try {
        await action();
        return true;
      } catch (error) {
        notify('error', errorMessage(error));
        return false;
      }
    },
    [notify],
  );

  const decide = useCallback(
    (f: ReviewFinding, decision: DecisionKind, reason: string | null = null) =>
      run(async () => {
        const res = await invoke('finding:decide', {
          reportId: id,
          fingerprint: f.fingerprint,
          decision,
          reason,
        });
        setDetail(
          (d) =>
            d && {
              ...d,
              summary: res.summary,
              findings: d.findings.map((x) =>
                x.fingerprint === f.fingerprint ? { ...x, decision: res.decision } : x,
              ),
            },
        );
        onSummary(res.summary);
      }),
    [id, onSummary, run],
  );

  const comment = useCallback(
    (span: Span, text: string) =>
      run(async () => {
        const res = await invoke('comment:add', { reportId: id, span, text });
        setDetail(
          (d) => d && { ...d, summary: res.summary, comments: [...d.comments, res.comment] },
        );
        onSummary(res.summary);
      }),
    [id, onSummary, run],
  );

  const correct = useCallback(
    (path: string, value: number | null) =>
      run(async () => {
        if (detail && doc) {
          // Show the re-checked findings at once; main's answer (same rules) then replaces them.
          const preview = previewCorrections(
            doc,
            detail.findings,
            withCorrection(detail.corrections, path, value),
          );
          const cell = doc.report.cells[path];
          const pendingRecord: Correction = {
            path,
            value,
            original: cell?.value ?? null,
            originalRaw: cell?.raw ?? '',
            reviewer: '',
            at: '',
          };
          setDetail({
            ...detail,
            findings: preview.findings,
            corrections: [
              ...detail.corrections.filter((c) => c.path !== path),
              ...(value === null ? [] : [pendingRecord]),
            ],
          });
        }
        try {
          const next = await invoke('cell:correct', { reportId: id, path, value });
          setDetail(next);
          onSummary(next.summary);
        } catch (error) {
          setDetail(detail);
          throw error;
        }
      }),
    [detail, doc, id, onSummary, run],
  );

  const setStatus = useCallback(
    (status: ReportStatus, note: string | null) =>
      run(async () => {
        const res = await invoke('report:status', { reportId: id, status, note });
        setDetail((d) => d && { ...d, summary: res.summary });
        onSummary(res.summary);
      }),
    [id, onSummary, run],
  );

  return { detail, doc, corrected, starts, loadError, decide, comment, correct, setStatus };
};
