// One report under review: loads it, parses its text with the shared parser, and performs the
// reviewer's actions through main (corrections are previewed locally first).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage, invoke } from '../../api';
import type {
  Comment,
  Correction,
  DecisionKind,
  ReportDetail,
  ReportStatus,
  ReportSummary,
  ReviewFinding,
} from '../../../shared/ipc/review';
import { applyCorrections } from '../../../shared/review/corrections';
import type { Span } from '../../../shared/model/schema';
import type { ParsedDocument } from '../../../shared/parser';
import { lineStarts } from '../../../shared/text/lines';
import { useToast } from '../../components/toasts';
import { zh } from '../../i18n/zh-CN';
import { previewCorrections, withCorrection } from './correctionPreview';
import { parseOffThread } from './offThreadParse';
import { useHistory, type History } from './useHistory';

/** One finding's decision as the reviewer asks for it. */
export interface DecisionAsked {
  f: ReviewFinding;
  decision: DecisionKind;
  reason?: string | null;
}

export interface Review {
  detail: ReportDetail | null;
  /** The report as parsed (null for a failed file). */
  doc: ParsedDocument | null;
  /** The report with the reviewer's corrections applied (what the tables show). */
  corrected: ParsedDocument | null;
  starts: number[];
  loadError: string | null;
  decide(f: ReviewFinding, decision: DecisionKind, reason?: string | null): Promise<boolean>;
  /** Several findings (a group) in one action, one transaction, one step of undo. */
  decideMany(asked: readonly DecisionAsked[], label: string): Promise<boolean>;
  comment(span: Span, text: string): Promise<boolean>;
  editComment(c: Comment, text: string): Promise<boolean>;
  deleteComment(c: Comment): Promise<boolean>;
  correct(path: string, value: number | null): Promise<boolean>;
  setStatus(status: ReportStatus, note: string | null): Promise<boolean>;
  /** Ctrl+Z / Ctrl+Shift+Z: decisions, comments and corrections. */
  history: History;
}

type DecisionRecord = { fingerprint: string; decision: DecisionKind; reason: string | null };

const byStart = (a: Comment, b: Comment) => a.span[0] - b.span[0] || a.at.localeCompare(b.at);

const decisionLabel: Record<DecisionKind, string> = {
  confirmed: '确认问题',
  dismissed: '排除问题',
  pending: '撤销审核',
};

export const useReview = (
  id: string,
  onSummary: (s: ReportSummary) => void,
  /** Goes up each time an import changes this report's findings: they are loaded again. */
  changes = 0,
): Review => {
  const { notify } = useToast();
  const [detail, setDetail] = useState<ReportDetail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const history = useHistory(id);

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

  // An import changed the findings (a peer copies this report, last year's report came in): they
  // are shown anew in place. Selection, drafts and open dialogs live in the view and stay; the
  // text and grids are the same, so the parse is kept rather than done again.
  // The count when the report was opened was already loaded by opening it.
  const loadedChanges = useRef(changes);
  useEffect(() => {
    if (changes === loadedChanges.current) return;
    loadedChanges.current = changes;
    let live = true;
    invoke('report:get', { id })
      .then((next) => {
        if (!live) return;
        setDetail((d) => (d && d.raw === next.raw ? { ...next, grids: d.grids } : next));
        notify('info', zh.review.refreshedByImport);
      })
      .catch((e: unknown) => live && notify('error', errorMessage(e)));
    return () => {
      live = false;
    };
  }, [id, changes, notify]);

  const raw = detail?.summary.error ? null : (detail?.raw ?? null);
  const grids = detail?.grids;
  // Parsed off the page's thread: the view and the original's first page do not wait behind it.
  // A new answer of the same report (a correction) keeps showing the parse of the same text
  // until its own arrives.
  const [parsed, setParsed] = useState<{ raw: string; doc: ParsedDocument } | null>(null);
  useEffect(() => {
    if (raw === null) return;
    let live = true;
    parseOffThread(raw, grids ?? []).then(
      (doc) => live && setParsed({ raw, doc }),
      (e: unknown) => live && setLoadError(`${zh.review.parseFailed}${errorMessage(e)}`),
    );
    return () => {
      live = false;
    };
  }, [raw, grids]);
  const doc = raw !== null && parsed?.raw === raw ? parsed.doc : null;
  const corrections = detail?.corrections;
  const corrected = useMemo(
    () => (doc && corrections ? applyCorrections(doc, corrections) : doc),
    [doc, corrections],
  );
  const starts = useMemo(() => (doc ? lineStarts(doc.report.text) : [0]), [doc]);
  // Undo runs later than the render that recorded it: it reads the state as it is then.
  const now = useRef({ detail, doc });
  now.current = { detail, doc };

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

  const applyDecisions = useCallback(
    (decisions: DecisionRecord[]) =>
      run(async () => {
        const res = await invoke('finding:decide-many', { reportId: id, decisions });
        const by = new Map(res.decisions.map((d) => [d.fingerprint, d]));
        setDetail(
          (d) =>
            d && {
              ...d,
              summary: res.summary,
              findings: d.findings.map((x) => {
                const decided = by.get(x.fingerprint);
                return decided ? { ...x, decision: decided } : x;
              }),
            },
        );
        onSummary(res.summary);
      }),
    [id, onSummary, run],
  );

  const decideMany = useCallback(
    async (asked: readonly DecisionAsked[], label: string) => {
      const current = new Map(now.current.detail?.findings.map((f) => [f.fingerprint, f]));
      const before = asked.map(({ f }): DecisionRecord => {
        const prior = current.get(f.fingerprint)?.decision;
        return {
          fingerprint: f.fingerprint,
          decision: prior?.decision ?? 'pending',
          reason: prior?.reason ?? null,
        };
      });
      const after = asked.map(({ f, decision, reason }): DecisionRecord => ({
        fingerprint: f.fingerprint,
        decision,
        reason: reason ?? null,
      }));
      if (after.length === 0) return true;
      const ok = await applyDecisions(after);
      if (ok)
        history.record({
          label,
          undo: () => applyDecisions(before),
          redo: () => applyDecisions(after),
        });
      return ok;
    },
    [applyDecisions, history],
  );

  const decide = useCallback(
    (f: ReviewFinding, decision: DecisionKind, reason: string | null = null) =>
      decideMany([{ f, decision, reason }], decisionLabel[decision]),
    [decideMany],
  );

  const setDeleted = useCallback(
    (commentId: string, restore: boolean) =>
      run(async () => {
        const res = await invoke('comment:delete', { reportId: id, id: commentId, restore });
        setDetail(
          (d) =>
            d && {
              ...d,
              summary: res.summary,
              comments: restore
                ? [...d.comments.filter((c) => c.id !== commentId), res.comment].sort(byStart)
                : d.comments.filter((c) => c.id !== commentId),
            },
        );
        onSummary(res.summary);
      }),
    [id, onSummary, run],
  );

  const setText = useCallback(
    (commentId: string, text: string) =>
      run(async () => {
        const res = await invoke('comment:edit', { reportId: id, id: commentId, text });
        setDetail(
          (d) =>
            d && {
              ...d,
              summary: res.summary,
              comments: d.comments.map((c) => (c.id === commentId ? res.comment : c)),
            },
        );
        onSummary(res.summary);
      }),
    [id, onSummary, run],
  );

  const comment = useCallback(
    async (span: Span, text: string) => {
      const added: { comment?: Comment } = {};
      const ok = await run(async () => {
        const res = await invoke('comment:add', { reportId: id, span, text });
        added.comment = res.comment;
        setDetail(
          (d) =>
            d && {
              ...d,
              summary: res.summary,
              comments: [...d.comments, res.comment].sort(byStart),
            },
        );
        onSummary(res.summary);
      });
      const made = added.comment;
      if (ok && made)
        history.record({
          label: '添加意见',
          undo: () => setDeleted(made.id, false),
          redo: () => setDeleted(made.id, true),
        });
      return ok;
    },
    [history, id, onSummary, run, setDeleted],
  );

  const editComment = useCallback(
    async (c: Comment, text: string) => {
      const ok = await setText(c.id, text);
      if (ok)
        history.record({
          label: '修改意见',
          undo: () => setText(c.id, c.text),
          redo: () => setText(c.id, text),
        });
      return ok;
    },
    [history, setText],
  );

  const deleteComment = useCallback(
    async (c: Comment) => {
      const ok = await setDeleted(c.id, false);
      if (ok)
        history.record({
          label: '删除意见',
          undo: () => setDeleted(c.id, true),
          redo: () => setDeleted(c.id, false),
        });
      return ok;
    },
    [history, setDeleted],
  );

  const applyCorrection = useCallback(
    (path: string, value: number | null) =>
      run(async () => {
        const { detail: current, doc: parsed } = now.current;
        if (current && parsed) {
          // Show the re-checked findings at once; main's answer (same rules) then replaces them.
          const preview = previewCorrections(
            parsed,
            current.findings,
            withCorrection(current.corrections, path, value),
          );
          const cell = parsed.report.cells[path];
          const pendingRecord: Correction = {
            path,
            value,
            original: cell?.value ?? null,
            originalRaw: cell?.raw ?? '',
            reviewer: '',
            at: '',
          };
          setDetail({
            ...current,
            findings: preview.findings,
            corrections: [
              ...current.corrections.filter((c) => c.path !== path),
              ...(value === null ? [] : [pendingRecord]),
            ],
          });
        }
        try {
          const next = await invoke('cell:correct', { reportId: id, path, value });
          setDetail(next);
          onSummary(next.summary);
        } catch (error) {
          setDetail(current);
          throw error;
        }
      }),
    [id, onSummary, run],
  );

  const correct = useCallback(
    async (path: string, value: number | null) => {
      const prior = now.current.detail?.corrections.find((c) => c.path === path)?.value ?? null;
      const ok = await applyCorrection(path, value);
      if (ok && prior !== value)
        history.record({
          label: value === null ? '撤销更正' : '更正单元格',
          undo: () => applyCorrection(path, prior),
          redo: () => applyCorrection(path, value),
        });
      return ok;
    },
    [applyCorrection, history],
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

  return {
    detail,
    doc,
    corrected,
    starts,
    loadError,
    decide,
    decideMany,
    comment,
    editComment,
    deleteComment,
    correct,
    setStatus,
    history,
  };
};
