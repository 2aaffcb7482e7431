// Parses a report's text off the page's thread (parseWorker.ts): one worker for the session,
// started when the window is first idle with reports in the workspace, so its code is loaded
// and compiled before the reviewer's first click. Where no worker can run (or it failed), the
// parse runs here, as it always did: the result is the same shared parser's.
import { useWhenIdle } from './useWhenIdle';
import type { SourceGrid } from '../../../shared/model/source';
import { parseReport, type ParsedDocument } from '../../../shared/parser';
import type { ParseReply, ParseRequest } from './parseMessages';

interface Waiting {
  resolve(doc: ParsedDocument): void;
  /** The parse again on this thread (the worker failed, or refused this text). */
  fallback(): void;
}

let worker: Worker | null | undefined;
let seq = 0;
const waiting = new Map<number, Waiting>();

/** Gives up on the worker: what it still had is parsed here, and so is everything after. */
const abandon = (): void => {
  worker?.terminate();
  worker = null;
  const left = [...waiting.values()];
  waiting.clear();
  for (const w of left) w.fallback();
};

const start = (): Worker | null => {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./parseWorker.ts', import.meta.url), {
      type: 'module',
      name: 'nianbao-parse',
    });
  } catch {
    return (worker = null);
  }
  worker.onmessage = ({ data }: MessageEvent<ParseReply>) => {
    const w = waiting.get(data.seq);
    waiting.delete(data.seq);
    if (!w) return;
    if ('doc' in data) w.resolve(data.doc);
    else w.fallback();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    abandon();
  };
  return worker;
};

const parseHere = (raw: string, grids: SourceGrid[]): ParsedDocument => parseReport(raw, { grids });

/** The shared parser's result for this text, computed in the worker when there is one. */
export const parseOffThread = (raw: string, grids: SourceGrid[]): Promise<ParsedDocument> => {
  const w = start();
  if (!w) return Promise.resolve().then(() => parseHere(raw, grids));
  return new Promise<ParsedDocument>((resolve, reject) => {
    const id = ++seq;
    const fallback = () => {
      try {
        resolve(parseHere(raw, grids));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    waiting.set(id, { resolve, fallback });
    const request: ParseRequest = { seq: id, raw, grids };
    w.postMessage(request);
  });
};

/**
 * Loads the worker and runs the parser once on a short text, so the first report the reviewer
 * opens does not wait for the parser's code to be fetched and compiled.
 */
export const warmParser = (): void => {
  void parseOffThread('政府信息公开工作年度报告\n一、总体情况\n', []).catch(() => {});
};

/** Warms the parser once the window is idle with reports in the workspace (App-level). */
export const useParserWarmup = (hasReports: boolean): void => useWhenIdle(hasReports, warmParser);
