// The empty workspace: where to drop the reports, and the button that opens the dialog.
import { zh } from '../../i18n/zh-CN';

export const EmptyWorkspace = ({ onOpen }: { onOpen(): void }) => (
  <main className="empty">
    <div className="drop-target">
      <svg width="72" height="72" viewBox="0 0 72 72" aria-hidden className="drop-icon">
        <rect x="14" y="8" width="38" height="50" rx="4" />
        <path d="M22 22h22M22 30h22M22 38h14" />
        <circle cx="52" cy="52" r="13" className="drop-plus" />
        <path d="M52 45v14M45 52h14" className="drop-plus-glyph" />
      </svg>
      <h1>{zh.emptyTitle}</h1>
      <p className="drop-title">{zh.dropTitle}</p>
      <p className="drop-hint">{zh.dropHint}</p>
      <button type="button" className="primary" onClick={onOpen}>
        {zh.openFiles}
      </button>
    </div>
  </main>
);
