// Shows the document: how depends on its format. Today every format is shown as its extracted
// text (line numbers, marks); page images of a PDF or a Word document's HTML can be added here
// as other views with the same props, placed through the extractor's source segments.
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
