// The pages of a PDF are drawn one at a time, the most urgent first: two pages drawn at once only
// make both late, and the page on screen must not wait behind one below it. What is not on screen
// (a text layer, a page near the view) waits until the window is idle: right after the first page
// is shown the page's thread has the frame that paints it to produce and the reviewer's first
// clicks to answer, and a page drawn ahead, or a text layer built, then only makes those late.
// Pure scheduling (no DOM, no pdf.js; the idle wait is given), so its order is tested on its own.
import { whenIdle } from './useWhenIdle';

/** Lower runs first: a page on screen, then its text layer, then the pages near the view. */
export const URGENCY = { visible: 0, text: 1, near: 2 } as const;

/** Calls `run` once the window is idle; returns how to call it off. */
export type WhenIdle = (run: () => void) => () => void;

/** How long work not on screen may wait for an idle moment (a window never idle still gets it). */
const IDLE_TIMEOUT_MS = 1000;

const windowIdle: WhenIdle = (run) => whenIdle(run, IDLE_TIMEOUT_MS);

interface Waiting {
  urgency: number;
  order: number;
  run: () => Promise<void>;
}

export class DrawQueue {
  private readonly waiting = new Map<string, Waiting>();
  private running: string | null = null;
  private done = new Set<string>();
  private order = 0;
  private closed = false;
  /** Calls off the idle wait under way, if one is. */
  private idleWait: (() => void) | null = null;

  constructor(private readonly whenIdle: WhenIdle = windowIdle) {}

  /**
   * Asks for job `id` to run once. Asking again while it waits only raises its urgency (the
   * page came into view); a job that is running or has run is not asked again.
   */
  request(id: string, urgency: number, run: () => Promise<void>): void {
    if (this.closed || this.running === id || this.done.has(id)) return;
    const had = this.waiting.get(id);
    if (had && had.urgency <= urgency) return;
    this.waiting.set(id, { urgency, order: had?.order ?? this.order++, run });
    this.pump();
  }

  /** Drops job `id` if it has not started (the page went away). */
  cancel(id: string): void {
    this.waiting.delete(id);
  }

  /** Job `id` may run again when asked (what it drew was let go). */
  forget(id: string): void {
    this.done.delete(id);
  }

  /** Nothing more runs (the document is closed). */
  close(): void {
    this.closed = true;
    this.waiting.clear();
    this.idleWait?.();
    this.idleWait = null;
  }

  private next(): [string, Waiting] | null {
    let best: [string, Waiting] | null = null;
    for (const entry of this.waiting) {
      const [, w] = entry;
      if (
        !best ||
        w.urgency < best[1].urgency ||
        (w.urgency === best[1].urgency && w.order < best[1].order)
      )
        best = entry;
    }
    return best;
  }

  /** Runs the most urgent job: a page on screen at once, anything else when the window is idle. */
  private pump(idle = false): void {
    if (this.running !== null || this.closed) return;
    const picked = this.next();
    if (!picked) return;
    const [id, job] = picked;
    if (job.urgency > URGENCY.visible && !idle) {
      // One wait at a time; a page coming on screen meanwhile runs at once (request pumps).
      this.idleWait ??= this.whenIdle(() => {
        this.idleWait = null;
        this.pump(true);
      });
      return;
    }
    this.waiting.delete(id);
    this.running = id;
    // A failed page stays blank; the others are still drawn.
    void job
      .run()
      .catch(() => {})
      .finally(() => {
        this.done.add(id);
        this.running = null;
        this.pump();
      });
  }
}
