// The pages of a PDF are drawn one at a time, the most urgent first: two pages drawn at once only
// make both late, and the page on screen must not wait behind one below it. Pure scheduling (no
// DOM, no pdf.js), so its order is tested on its own.

/** Lower runs first: a page on screen, then its text layer, then the pages near the view. */
export const URGENCY = { visible: 0, text: 1, near: 2 } as const;

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

  private pump(): void {
    if (this.running !== null || this.closed) return;
    const picked = this.next();
    if (!picked) return;
    const [id, job] = picked;
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
