// The order in which the 原文 view draws PDF pages: one at a time, the pages on screen before
// their text layers, those before the pages only near the view; a page that scrolls into view
// while waiting jumps ahead; a page drawn (or drawing) is not drawn twice.
import { describe, expect, it } from 'vitest';
import { DrawQueue, URGENCY } from '../../src/renderer/features/review/drawQueue';

/** A job that records its start and finishes when the test releases it. */
const recorder = () => {
  const started: string[] = [];
  const pending = new Map<string, () => void>();
  const job = (id: string) => () =>
    new Promise<void>((resolve) => {
      started.push(id);
      pending.set(id, resolve);
    });
  const finish = async (id: string) => {
    pending.get(id)?.();
    pending.delete(id);
    // Let the queue's promise chain move on to the next job.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { started, job, finish, running: () => [...pending.keys()] };
};

describe('DrawQueue', () => {
  it('runs one job at a time, the most urgent first, in request order within an urgency', async () => {
    const q = new DrawQueue();
    const r = recorder();
    q.request('page 1', URGENCY.visible, r.job('page 1'));
    q.request('page 3', URGENCY.near, r.job('page 3'));
    q.request('text 1', URGENCY.text, r.job('text 1'));
    q.request('page 2', URGENCY.visible, r.job('page 2'));
    expect(r.running()).toEqual(['page 1']);
    await r.finish('page 1');
    await r.finish('page 2');
    await r.finish('text 1');
    await r.finish('page 3');
    expect(r.started).toEqual(['page 1', 'page 2', 'text 1', 'page 3']);
  });

  it('moves a waiting page ahead when it comes into view, and drops one cancelled', async () => {
    const q = new DrawQueue();
    const r = recorder();
    q.request('page 1', URGENCY.visible, r.job('page 1'));
    q.request('page 2', URGENCY.near, r.job('page 2'));
    q.request('page 3', URGENCY.near, r.job('page 3'));
    q.request('page 4', URGENCY.near, r.job('page 4'));
    q.request('page 4', URGENCY.visible, r.job('page 4'));
    q.cancel('page 2');
    await r.finish('page 1');
    await r.finish('page 4');
    await r.finish('page 3');
    expect(r.started).toEqual(['page 1', 'page 4', 'page 3']);
  });

  it('does not run a job again once it ran or while it runs, nor anything after close', async () => {
    const q = new DrawQueue();
    const r = recorder();
    q.request('page 1', URGENCY.near, r.job('page 1'));
    q.request('page 1', URGENCY.visible, r.job('page 1'));
    await r.finish('page 1');
    q.request('page 1', URGENCY.visible, r.job('page 1'));
    q.close();
    q.request('page 2', URGENCY.visible, r.job('page 2'));
    expect(r.started).toEqual(['page 1']);
  });

  it('goes on with the next page when one fails', async () => {
    const q = new DrawQueue();
    const started: string[] = [];
    q.request('bad', URGENCY.visible, async () => {
      started.push('bad');
      throw new Error('damaged page');
    });
    q.request('good', URGENCY.visible, async () => {
      started.push('good');
    });
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(started).toEqual(['bad', 'good']);
  });
});
