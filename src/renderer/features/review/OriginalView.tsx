// The 原文 tab: the original file as the reviewer received it (PDF or OFD pages, the Word
// document, the saved page) with the findings placed on it through the extractor's source
// segments. A text file's original is its text, so it gets the text view.
import { useEffect, useMemo, useState } from 'react';
import type { ReportSource } from '../../../shared/ipc/source';
import type { ParsedDocument } from '../../../shared/parser';
import { errorMessage } from '../../api';
import { originalPdf, originalSource } from './originalCache';
import type { DocumentViewProps } from './DocumentPane';
import { pdfMarkBoxes, wordMarks } from './originalLayout';
import { ImageView } from './ImageView';
import { OfdView } from './OfdView';
import { PdfView } from './PdfView';
import { SourceView } from './SourceView';
import { WordView } from './WordView';

interface Props extends DocumentViewProps {
  id: string;
  /** Null while the text is parsed (in a worker): the pages are shown, their marks follow. */
  doc: ParsedDocument | null;
  raw: string;
}

type State = { id: string; source: ReportSource } | { id: string; error: string } | null;

export const OriginalView = ({ id, doc, raw, ...view }: Props) => {
  const [state, setState] = useState<State>(null);

  useEffect(() => {
    let live = true;
    originalSource(id).then(
      (source) => live && setState({ id, source }),
      (error: unknown) => live && setState({ id, error: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [id]);

  const current = state?.id === id ? state : null;
  const source = current && 'source' in current ? current.source : null;
  const boxes = useMemo(
    () =>
      doc && (source?.kind === 'pdf' || source?.kind === 'ofd' || source?.kind === 'image')
        ? pdfMarkBoxes(
            view.marks,
            doc.norm,
            raw,
            source.segments,
            source.kind === 'ofd' ? 'ofd' : 'pdf',
          )
        : [],
    [source, view.marks, doc, raw],
  );
  const pdf = useMemo(
    () => (source?.kind === 'pdf' ? originalPdf(id, source.bytes) : null),
    [id, source],
  );
  const anchored = useMemo(
    () =>
      doc && source?.kind === 'docx'
        ? wordMarks(view.marks, doc.norm, raw, source.segments, source.anchors)
        : [],
    [source, view.marks, doc, raw],
  );

  if (!current) return <p className="original-note">正在读取原文…</p>;
  if ('error' in current) return <p className="original-note">{current.error}</p>;
  const { activeKey, flashNonce, onMarkClick } = view;
  switch (current.source.kind) {
    case 'pdf':
      return (
        pdf && <PdfView document={pdf} boxes={boxes} {...{ activeKey, flashNonce, onMarkClick }} />
      );
    case 'ofd':
      return (
        <OfdView
          pages={current.source.pages}
          boxes={boxes}
          {...{ activeKey, flashNonce, onMarkClick }}
        />
      );
    case 'image':
      return (
        <ImageView
          pages={current.source.pages}
          boxes={boxes}
          {...{ activeKey, flashNonce, onMarkClick }}
        />
      );
    case 'docx':
      return (
        <WordView
          html={current.source.html}
          marks={anchored}
          {...{ activeKey, flashNonce, onMarkClick }}
        />
      );
    case 'text':
      return <SourceView {...view} />;
    case 'unavailable':
      return <p className="original-note">{current.source.message}</p>;
  }
};
