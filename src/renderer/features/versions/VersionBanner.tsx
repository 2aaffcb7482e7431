// The 版本 banner of a resubmitted report: which version this is, a selector to open the others,
// and what changed since the previous version (已整改 / 仍存在 / 新出现, with the findings).
import { useState } from 'react';
import type { ReviewFinding } from '../../../shared/ipc/review';
import { decisionKindLabel } from '../../../shared/ipc/review';
import { useVersions } from './useVersions';
import './versions.css';

interface Props {
  reportId: string;
  /** Changes when the report's findings or decisions change. */
  refresh: unknown;
  /** Opens another version; without it the selector only shows them. */
  onOpen?: (id: string) => void;
}

const groups = [
  { key: 'fixed', label: '已整改', hint: '上一版有、本版已没有的问题' },
  { key: 'stillOpen', label: '仍存在', hint: '两版都有的问题' },
  { key: 'new', label: '新出现', hint: '本版新出现的问题' },
] as const;

const FindingLine = ({ f }: { f: ReviewFinding & { before?: unknown } }) => (
  <li className={`version-finding sev-${f.severity}`}>
    {f.message}
    {f.decision && f.decision.decision !== 'pending' && (
      <span className="version-decision">（{decisionKindLabel[f.decision.decision]}）</span>
    )}
  </li>
);

export const VersionBanner = ({ reportId, refresh, onOpen }: Props) => {
  const { versions, error } = useVersions(reportId, refresh);
  const [open, setOpen] = useState(false);
  if (error) {
    return (
      <div className="version-banner failed" role="alert">
        版本信息未能读取：{error}
      </div>
    );
  }
  if (!versions || versions.versions.length <= 1) return null;
  const { comparison, current } = versions;
  return (
    <section className="version-banner" aria-label="版本">
      <div className="version-row">
        <strong className="version-current">第{current}版</strong>
        <span className="version-total">（同一单位同一年度共 {versions.versions.length} 版）</span>
        <select
          aria-label="版本"
          value={reportId}
          disabled={!onOpen}
          onChange={(e) => onOpen?.(e.target.value)}
        >
          {versions.versions.map((v) => (
            <option key={v.id} value={v.id}>
              第{v.version}版 · {v.fileName}
            </option>
          ))}
        </select>
        {comparison && (
          <>
            <span className="version-vs">与第{current - 1}版相比：</span>
            {groups.map((g) => (
              <span key={g.key} className={`version-count count-${g.key}`} title={g.hint}>
                {g.label} <b>{comparison[g.key].length}</b>
              </span>
            ))}
            <button type="button" className="link" onClick={() => setOpen((o) => !o)}>
              {open ? '收起' : '查看明细'}
            </button>
          </>
        )}
      </div>
      {comparison && open && (
        <div className="version-lists">
          {groups.map((g) => (
            <div key={g.key} className={`version-list list-${g.key}`}>
              <h3>
                {g.label}（{comparison[g.key].length}）
              </h3>
              {comparison[g.key].length === 0 ? (
                <p className="version-none">无</p>
              ) : (
                <ul>
                  {comparison[g.key].map((f) => (
                    <FindingLine key={f.fingerprint} f={f} />
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      )}
    </section>
  );
};
