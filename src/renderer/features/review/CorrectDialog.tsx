// Checks one cell against the source and corrects a misread value, previewing with the shared
// parser and rules which findings the correction removes or adds before it is saved.
import { useDeferredValue, useMemo, useState } from 'react';
import type { Correction, ReviewFinding } from '../../../shared/ipc/review';
import { activeFormOf, describeCell } from '../../../shared/model/form';
import { readCorrectionText } from '../../../shared/model/form-correction';
import type { ParsedDocument } from '../../../shared/parser';
import { Modal } from '../../components/Modal';
import { SeverityIcon } from '../../components/SeverityIcon';
import { zh } from '../../i18n/zh-CN';
import { previewCorrections, withCorrection } from './correctionPreview';
import { targetCell } from './reviewModel';

interface Props {
  path: string;
  /** The report as parsed, without the corrections (they are applied for the preview). */
  doc: ParsedDocument;
  findings: readonly ReviewFinding[];
  corrections: readonly Correction[];
  onSave(value: number | null): void;
  onCancel(): void;
}

const FindingLine = ({ f }: { f: ReviewFinding }) => (
  <li>
    <SeverityIcon severity={f.severity} size={14} /> {f.message}
  </li>
);

export const CorrectDialog = (p: Props) => {
  const cell = p.doc.report.cells[p.path];
  const existing = p.corrections.find((c) => c.path === p.path);
  // Starts from what the document says; the findings' expected values are offered, not typed in,
  // so the reviewer checks the original before changing a figure.
  const [initial] = useState(existing?.value != null ? String(existing.value) : (cell?.raw ?? ''));
  const [text, setText] = useState(initial);
  const suggested = [
    ...new Set(
      p.findings.flatMap((f) =>
        typeof f.expected === 'number' && targetCell(f, p.doc) === p.path ? [f.expected] : [],
      ),
    ),
  ];
  const form = activeFormOf(p.doc.report.cells);
  // A sign only in a signed cell (本年增/减), decimals only in money: the rules main checks too.
  const { value, problem } = readCorrectionText(text, p.path, form);
  const deferred = useDeferredValue(value);
  const preview = useMemo(
    () =>
      deferred === null || cell === undefined
        ? null
        : previewCorrections(p.doc, p.findings, withCorrection(p.corrections, p.path, deferred)),
    [deferred, cell, p.doc, p.findings, p.corrections, p.path],
  );
  const onCell = p.findings.filter((f) => f.cells.includes(p.path));

  return (
    <Modal
      wide
      title={`${zh.dialogs.correctTitle}：${describeCell(p.path, form)}`}
      submitLabel={zh.dialogs.save}
      submitDisabled={value === null || cell === undefined}
      onSubmit={() => p.onSave(value)}
      onCancel={p.onCancel}
      extra={
        existing ? (
          <button type="button" onClick={() => p.onSave(null)}>
            {zh.review.withdraw}
          </button>
        ) : undefined
      }
    >
      <dl className="cell-facts">
        <dt>原文</dt>
        <dd>{cell ? cell.raw || '（空）' : '（表中未找到该单元格）'}</dd>
        <dt>读取为</dt>
        <dd>{cell?.value ?? '（无法读取）'}</dd>
        {existing && (
          <>
            <dt>已更正为</dt>
            <dd>{existing.value}</dd>
          </>
        )}
      </dl>
      {onCell.length > 0 && (
        <ul className="preview-list">
          {onCell.map((f) => (
            <FindingLine key={f.fingerprint} f={f} />
          ))}
        </ul>
      )}
      <label>
        {zh.dialogs.correctLabel}
        <span className="value-row">
          <input
            name="value"
            inputMode="decimal"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          {suggested.map((v) => (
            <button key={v} type="button" className="suggest" onClick={() => setText(String(v))}>
              填入应为值 {v}
            </button>
          ))}
        </span>
      </label>
      {/* The document's own text ("/", "约10") is no fault of the reviewer's: said once edited. */}
      {problem && text !== initial && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <p className="muted">{zh.dialogs.correctHint}</p>
      {preview && (
        <div className="preview" aria-live="polite">
          <h4>{zh.dialogs.preview}</h4>
          {preview.resolved.length === 0 && preview.added.length === 0 && (
            <p className="muted">{zh.dialogs.noChange}</p>
          )}
          {preview.resolved.length > 0 && (
            <>
              <p className="preview-resolved">
                {zh.dialogs.willResolve}（{preview.resolved.length}）
              </p>
              <ul className="preview-list">
                {preview.resolved.map((f) => (
                  <FindingLine key={f.fingerprint} f={f} />
                ))}
              </ul>
            </>
          )}
          {preview.added.length > 0 && (
            <>
              <p className="preview-added">
                {zh.dialogs.willAppear}（{preview.added.length}）
              </p>
              <ul className="preview-list">
                {preview.added.map((f) => (
                  <FindingLine key={f.fingerprint} f={f} />
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </Modal>
  );
};
