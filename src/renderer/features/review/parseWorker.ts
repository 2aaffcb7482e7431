// The renderer's parse of a report, in a worker: the shared parser over the text main sent, so
// the page's own thread stays free for the click, the report view and the PDF's first page while
// it runs. The result is plain data (and one Int32Array), passed back by structured clone.
import { parseReport } from '../../../shared/parser';
import type { ParseReply, ParseRequest } from './parseMessages';

/** The part of a dedicated worker's global scope used here (the page's lib has no worker types). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseReply): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ seq: data.seq, doc: parseReport(data.raw, { grids: data.grids }) });
  } catch (error) {
    scope.postMessage({
      seq: data.seq,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
