// The office's letter settings: 发文机关, 主送, 文号 and the next 序号, 落款, date. Checked with the
// same schema main checks them with, before and after they cross IPC.
import { useEffect, useState } from 'react';
import { letterSettingsSchema, type LetterSettings } from '../../../shared/ipc/letter';
import { errorMessage, invoke } from '../../api';
import { Modal } from '../../components/Modal';

interface Props {
  onSaved(): void;
  onCancel(): void;
}

/** The form's fields as typed (the 序号 as text until it is checked). */
type Draft = Omit<LetterSettings, 'nextNumber'> & { nextNumber: string };

const toDraft = (s: LetterSettings): Draft => ({ ...s, nextNumber: String(s.nextNumber) });

const fromDraft = (d: Draft): unknown => ({
  ...d,
  nextNumber: /^\d+$/.test(d.nextNumber.trim()) ? Number(d.nextNumber.trim()) : d.nextNumber,
});

export const LetterSettingsDialog = ({ onSaved, onCancel }: Props) => {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    invoke('letter:settings-get', {})
      .then((r) => {
        if (!live) return;
        setDraft(toDraft(r.settings));
        setProblem(r.problem);
      })
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, []);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setError(null); // the message was about what is being changed
    setDraft((d) => (d ? { ...d, [key]: value } : d));
  };

  const save = async () => {
    if (!draft) return;
    const checked = letterSettingsSchema.safeParse(fromDraft(draft));
    if (!checked.success) {
      setError(checked.error.issues[0]!.message);
      return;
    }
    setSaving(true);
    try {
      await invoke('letter:settings-set', checked.data);
      onSaved();
    } catch (e) {
      setError(errorMessage(e));
      setSaving(false);
    }
  };

  return (
    <Modal
      title="意见书设置"
      submitLabel="保存设置"
      submitDisabled={!draft || saving}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      {problem && <p className="letter-notices">{problem}</p>}
      {error && (
        <p className="letter-error" role="alert">
          {error}
        </p>
      )}
      {draft && (
        <div className="letter-settings">
          <label>
            发文机关
            <input
              name="issuer"
              value={draft.issuer}
              placeholder="例如：某县人民政府办公室"
              onChange={(e) => set('issuer', e.target.value)}
            />
          </label>
          <label>
            主送（“{'{单位}'}”代入报告单位）
            <input
              name="recipient"
              value={draft.recipient}
              onChange={(e) => set('recipient', e.target.value)}
            />
          </label>
          <label>
            文号（“{'{年}'}”代入年份，“{'{序号}'}”代入序号；留空则不编号）
            <input
              name="numberPattern"
              value={draft.numberPattern}
              placeholder="例如：某公开办审〔{年}〕{序号}号"
              onChange={(e) => set('numberPattern', e.target.value)}
            />
          </label>
          <label>
            {/* The year the counter runs in (the next letter's date): a 序号 typed here is that
                year's, even when the date below is changed to another year in the same save. */}
            {draft.numberYear === null ? '下一个序号' : `${draft.numberYear}年的下一个序号`}
            （保存一份意见书后加一；新的一年从 1 开始）
            <input
              name="nextNumber"
              inputMode="numeric"
              value={draft.nextNumber}
              onChange={(e) => set('nextNumber', e.target.value)}
            />
          </label>
          <label>
            落款（每行一项；留空则用发文机关）
            <textarea
              name="signature"
              rows={2}
              value={draft.signature}
              onChange={(e) => set('signature', e.target.value)}
            />
          </label>
          <fieldset>
            <legend>成文日期</legend>
            <label className="inline">
              <input
                type="radio"
                name="dateMode"
                checked={draft.date === null}
                onChange={() => set('date', null)}
              />
              生成当日
            </label>
            <label className="inline">
              <input
                type="radio"
                name="dateMode"
                checked={draft.date !== null}
                onChange={() => set('date', draft.date ?? new Date().toISOString().slice(0, 10))}
              />
              指定日期
            </label>
            {draft.date !== null && (
              <input
                type="date"
                name="date"
                aria-label="指定日期"
                value={draft.date}
                onChange={(e) => set('date', e.target.value)}
              />
            )}
          </fieldset>
        </div>
      )}
    </Modal>
  );
};
