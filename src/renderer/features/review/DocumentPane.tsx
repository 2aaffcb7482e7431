// The 文本 tab: the document as its extracted text (line numbers, marks), whatever its format.
// The original file itself (PDF pages, Word as HTML) is the 原文 tab, see OriginalView.
import type { ComponentType } from 'react';
import type { Mark } from './reviewModel';
import { SourceView } from './SourceView';

export interface DocumentViewProps {
  text: string;
  marks: Mark[];
  activeKey: string | null;
  flashNonce: number;
  onMarkClick(key: string): void;
}

const views: Record<string, ComponentType<DocumentViewProps>> = {
  txt: SourceView,
};

export const DocumentPane = ({ format, ...props }: DocumentViewProps & { format: string }) => {
  const View = views[format] ?? SourceView;
  return <View {...props} />;
};
