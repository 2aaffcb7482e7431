// The letter before it is saved: the preview (the blocks the .docx is written from), whether
// unconfirmed findings are listed, what the reviewer should know, print and save.
import { useEffect, useState } from 'react';
import type { LetterModel, UnconfirmedChoice } from '../../../shared/ipc/letter';
import { errorMessage, invoke } from '../../api';
import { Modal } from '../../components/Modal';
import { LetterSheet } from './LetterSheet';

interface Props {
  reportId: string;
  onSave(unconfirmed: UnconfirmedChoice): void;
  onPrint(model: LetterModel): void;
  onSettings(): void;
  onClose(): void;
}

export const LetterDialog = ({ reportId, onSave, onPrint, onSettings, onClose }: Props) => {
  const [unconfirmed, setUnconfirmed] = useState<UnconfirmedChoice>('list');
  const [model, setModel] = useState<LetterModel | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    invoke('letter:preview', { reportId, unconfirmed })
      .then((m) => live && setModel(m))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [reportId, unconfirmed]);

  return (
    <Modal
      title="审核意见书预览"
      submitLabel="保存为 Word…"
      submitDisabled={!model || model.conclusion === null}
      onSubmit={() => onSave(unconfirmed)}
      onCancel={onClose}
      wide
      extra={
        <>
          <button type="button" disabled={!model} onClick={() => model && onPrint(model)}>
            打印
          </button>
          <button type="button" onClick={onSettings}>
            意见书设置…
          </button>
        </>
      }
    >
      <label className="letter-option">
        <input
          type="checkbox"
          name="unconfirmed"
          checked={unconfirmed === 'list'}
          onChange={(e) => setUnconfirmed(e.target.checked ? 'list' : 'omit')}
        />
        列出未确认的问题（标注「待核实」）
      </label>
      {error && (
        <p className="letter-error" role="alert">
          未能生成预览：{error}
        </p>
      )}
      {model && model.notices.length > 0 && (
        <ul className="letter-notices" aria-label="提示">
          {model.notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {model ? (
        <>
          <p className="letter-file">
            保存为「{model.fileName}」{model.number && `，文号 ${model.number}`}
          </p>
          <div className="letter-preview">
            <LetterSheet model={model} />
          </div>
        </>
      ) : (
        !error && <p className="loading">正在生成预览…</p>
      )}
    </Modal>
  );
};
