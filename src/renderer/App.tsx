// The window: header with the import button and progress, drop target, batch or report view.
import { useState, type DragEvent } from 'react';
import { ToastProvider } from './components/toasts';
import { BatchView } from './features/batch/BatchView';
import { neighbours, queryRegister } from './features/batch/batchModel';
import { RegisterNav, useRegisterKeys, type RegisterPlace } from './features/batch/RegisterNav';
import { ImportProgress } from './features/import/ImportProgress';
import { OpenFilesButton } from './features/import/OpenFilesButton';
import { useWorkspace } from './features/import/useWorkspace';
import { ReportView } from './features/review/ReportView';
import { usePdfWarmup } from './features/review/usePdfWarmup';
import { useParserWarmup } from './features/review/offThreadParse';
import { RollupView } from './features/rollup/RollupView';
import { zh } from './i18n/zh-CN';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

const Shell = () => {
  const workspace = useWorkspace();
  usePdfWarmup();
  useParserWarmup(workspace.reports.length > 0);
  const [open, setOpen] = useState<string | null>(null);
  // The roll-up view, and the cell a report was opened at from its drill-down.
  const [rollup, setRollup] = useState(false);
  const [openCell, setOpenCell] = useState<string | undefined>(undefined);
  const years = [...new Set(workspace.reports.flatMap((r) => (r.year ? [r.year] : [])))].sort(
    (a, b) => b - a,
  );
  const [dragging, setDragging] = useState(false);
  // 上一份/下一份 follow the register as the reviewer left it: its order, search and filter.
  const ordered = queryRegister(workspace.register, workspace.query);
  const place = open ? neighbours(ordered, open) : null;
  const nav: RegisterPlace | null =
    open && place
      ? {
          index: place.index,
          total: ordered.length,
          prev: place.prev,
          next: place.next,
          onGo: (id) => {
            setOpenCell(undefined);
            setOpen(id);
          },
        }
      : null;
  useRegisterKeys(nav);
  const openFiles = () => void workspace.openFiles();

  // The preload reads the dropped files' paths and has main grant them; the page only has to
  // accept the drop (and show where to drop).
  const dragProps = {
    onDragOver: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave: (e: DragEvent) => e.currentTarget === e.target && setDragging(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
    },
  };

  return (
    <div className="app" {...dragProps}>
      <header className="app-head">
        <div className="brand">
          <svg width="26" height="26" viewBox="0 0 26 26" aria-hidden className="brand-mark">
            <rect x="3" y="2" width="17" height="22" rx="2.5" />
            <path d="M7 8h9M7 12h9M7 16h5" />
            <circle cx="19" cy="19" r="5" className="brand-lens" />
          </svg>
          <span className="brand-name">{zh.appName}</span>
          <span className="brand-sub">{zh.appSubtitle}</span>
        </div>
        <span className="spacer" />
        {nav && <RegisterNav {...nav} />}
        <OpenFilesButton primary onOpen={openFiles} busy={!!workspace.progress} />
      </header>
      {workspace.progress && <ImportProgress progress={workspace.progress} />}
      {open ? (
        <ReportView
          key={open}
          id={open}
          initialCell={openCell}
          registerNav={nav && <RegisterNav compact {...nav} />}
          onBack={() => {
            setOpen(null);
            setOpenCell(undefined);
          }}
          onSummary={workspace.updateSummary}
          onOpenReport={setOpen}
          onOpenFiles={openFiles}
          importing={!!workspace.progress}
          changes={workspace.changes.get(open) ?? 0}
        />
      ) : rollup ? (
        <RollupView
          years={years}
          onBack={() => setRollup(false)}
          onOpenCell={(id, path) => {
            setOpenCell(path);
            setOpen(id);
          }}
        />
      ) : (
        <BatchView workspace={workspace} onOpen={setOpen} onRollup={() => setRollup(true)} />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden>
          <div>{zh.dropOverlay}</div>
        </div>
      )}
    </div>
  );
};

export const App = () => (
  <ToastProvider>
    <Shell />
  </ToastProvider>
);
