// The register's edit dialog: the agency name and year as the reviewer reads them (a misread
// title), or the agency merged into another name of the same agency.
import { useState } from 'react';
import type { RegisterRow } from '../../../shared/ipc/register';
import { Modal } from '../../components/Modal';
import { registerText as t } from './registerText';

interface Props {
  row: RegisterRow;
  /** The other agencies of the register: key and the name shown. */
  agencies: Array<{ key: string; name: string }>;
  onSave(agency: string | null, year: number | null): Promise<boolean>;
  onMerge(into: string): Promise<boolean>;
  onClose(): void;
}

const yearError = (text: string): string | null => {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isInteger(n) && n >= 2008 && n <= 2100 ? null : '年度应为 2008 至 2100 之间的整数';
};

export const EditSubmission = ({ row, agencies, onSave, onMerge, onClose }: Props) => {
  const r = row.summary;
  const [agency, setAgency] = useState(r.agency ?? '');
  const [year, setYear] = useState(r.year === null ? '' : String(r.year));
  const [into, setInto] = useState('');
  const [busy, setBusy] = useState(false);
  const others = agencies.filter((a) => a.key !== row.agencyKey);
  const badYear = yearError(year);
  const badAgency = agency.trim().length > 0 && agency.trim().length < 2;
  const newAgency = agency.trim() && agency.trim() !== (r.agency ?? '') ? agency.trim() : null;
  const newYear = year.trim() && Number(year) !== r.year ? Number(year) : null;
  const nothing = !into && newAgency === null && newYear === null;

  const submit = async () => {
    setBusy(true);
    const done = into ? await onMerge(into) : await onSave(newAgency, newYear);
    setBusy(false);
    if (done) onClose();
  };

  return (
    <Modal
      title={`${t.editDialog}：${r.agency ?? r.fileName}`}
      submitLabel={t.save}
      submitDisabled={busy || nothing || !!badYear || badAgency}
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      <label className="field">
        <span>{t.agency}</span>
        <input
          name="agency"
          value={agency}
          maxLength={100}
          disabled={!!into}
          onChange={(e) => setAgency(e.target.value)}
          list="register-agencies"
        />
        <datalist id="register-agencies">
          {others.map((a) => (
            <option key={a.key} value={a.name} />
          ))}
        </datalist>
      </label>
      {badAgency && <p className="field-error">单位名称至少 2 个字</p>}
      <label className="field">
        <span>{t.year}</span>
        <input
          name="year"
          inputMode="numeric"
          value={year}
          disabled={!!into}
          onChange={(e) => setYear(e.target.value)}
        />
      </label>
      {badYear && <p className="field-error">{badYear}</p>}
      {row.agencyKey !== null && others.length > 0 && (
        <label className="field">
          <span>{t.mergeInto}</span>
          <select name="merge" value={into} onChange={(e) => setInto(e.target.value)}>
            <option value="">{t.mergeNone}</option>
            {others.map((a) => (
              <option key={a.key} value={a.key}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <p className="muted field-note">
        修改后，这份报送的各个文件一并更改，年度检查和与上一年度报告的比对重新运行；审核意见和批注保留。
      </p>
    </Modal>
  );
};
