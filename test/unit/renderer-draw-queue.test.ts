// The order in which the 原文 view draws PDF pages: one at a time, the pages on screen before
// their text layers, those before the pages only near the view; a page that scrolls into view
// while waiting jumps ahead; a page drawn (or drawing) is not drawn twice; what is not on screen
// waits for the window to be idle.
import { describe, expect, it } from 'vitest';
import { DrawQueue, URGENCY, type WhenIdle } from '../../src/renderer/features/review/drawQueue';

/** An idle moment the test gives by hand: `waits` is how many are asked for and not yet given. */
const manualIdle = () => {
  const calls = new Set<() => void>();
  const whenIdle: WhenIdle = (run) => {
    calls.add(run);
    return () => calls.delete(run);
  };
  return {
    whenIdle,
    waits: () => calls.size,
    fire: async () => {
      const now = [...calls];
      calls.clear();
      now.forEach((run) => run());
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
  };
};

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
    const idle = manualIdle();
    const q = new DrawQueue(idle.whenIdle);
    const r = recorder();
    q.request('page 1', URGENCY.visible, r.job('page 1'));
    q.request('page 3', URGENCY.near, r.job('page 3'));
    q.request('text 1', URGENCY.text, r.job('text 1'));
    q.request('page 2', URGENCY.visible, r.job('page 2'));
    expect(r.running()).toEqual(['page 1']);
    await r.finish('page 1');
    await r.finish('page 2');
    await idle.fire();
    await r.finish('text 1');
    await idle.fire();
    await r.finish('page 3');
    expect(r.started).toEqual(['page 1', 'page 2', 'text 1', 'page 3']);
  });

  it('moves a waiting page ahead when it comes into view, and drops one cancelled', async () => {
    const idle = manualIdle();
    const q = new DrawQueue(idle.whenIdle);
    const r = recorder();
    q.request('page 1', URGENCY.visible, r.job('page 1'));
    q.request('page 2', URGENCY.near, r.job('page 2'));
    q.request('page 3', URGENCY.near, r.job('page 3'));
    q.request('page 4', URGENCY.near, r.job('page 4'));
    q.request('page 4', URGENCY.visible, r.job('page 4'));
    q.cancel('page 2');
    await r.finish('page 1');
    await r.finish('page 4');
    await idle.fire();
    await r.finish('page 3');
    expect(r.started).toEqual(['page 1', 'page 4', 'page 3']);
  });

  it('does not run a job again once it ran or while it runs, nor anything after close', async () => {
    const idle = manualIdle();
    const q = new DrawQueue(idle.whenIdle);
    const r = recorder();
    q.request('page 1', URGENCY.near, r.job('page 1'));
    await idle.fire();
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

  it('starts what is not on screen only when the window is idle, and a page on screen at once', async () => {
    const idle = manualIdle();
    const q = new DrawQueue(idle.whenIdle);
    const r = recorder();
    q.request('page 1', URGENCY.visible, r.job('page 1'));
    q.request('text 1', URGENCY.text, r.job('text 1'));
    q.request('page 2', URGENCY.near, r.job('page 2'));
    await r.finish('page 1');
    // Page 1 is drawn: its text layer waits for an idle moment, asked for once.
    expect(r.running()).toEqual([]);
    expect(idle.waits()).toBe(1);
    // A page scrolled into view meanwhile does not wait for it.
    q.request('page 5', URGENCY.visible, r.job('page 5'));
    expect(r.running()).toEqual(['page 5']);
    // The idle moment coming while page 5 is drawn starts nothing beside it.
    await idle.fire();
    expect(r.running()).toEqual(['page 5']);
    await r.finish('page 5');
    expect(r.running()).toEqual([]);
    await idle.fire();
    expect(r.running()).toEqual(['text 1']);
    await r.finish('text 1');
    expect(r.running()).toEqual([]);
    await idle.fire();
    await r.finish('page 2');
    expect(r.started).toEqual(['page 1', 'page 5', 'text 1', 'page 2']);
  });

  it('calls off its idle wait when the document is closed', async () => {
    const idle = manualIdle();
    const q = new DrawQueue(idle.whenIdle);
    const r = recorder();
    q.request('page 2', URGENCY.near, r.job('page 2'));
    expect(idle.waits()).toBe(1);
    q.close();
    expect(idle.waits()).toBe(0);
    expect(r.started).toEqual([]);
  });
});
