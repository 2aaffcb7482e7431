// The pure IPC dispatch: valid, invalid and unknown payloads, service refusals, broken handlers
// and responses — always a result object with a Chinese message, never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invokeChannels } from '../../src/shared/ipc/channels';
import { dispatch, type HandlerContext, type Handlers } from '../../src/main/services/dispatch';
import { ServiceError } from '../../src/main/services/errors';
import { createHandlers } from '../../src/main/services/handlers';
import { ReviewService } from '../../src/main/services/review-service';
import { tempWorkspace } from '../support/workspace';

const HAN = /[\u4e00-\u9fff]/;
const silent: HandlerContext = { emit: () => {} };

const realHandlers = (): Handlers =>
  createHandlers(new ReviewService({ workspace: tempWorkspace(), reviewer: '审核人' }), {
    chooseFiles: async () => [],
  });

/** Real handlers with one channel replaced. */
const withHandler = <C extends keyof Handlers>(channel: C, handler: Handlers[C]): Handlers => ({
  ...realHandlers(),
  [channel]: handler,
});

describe('dispatch', () => {
  it('answers a valid request with the validated response', async () => {
    const result = await dispatch(realHandlers(), 'report:list', {}, silent);
    expect(result).toEqual({ ok: true, value: { reports: [] } });
  });

  it('has one handler for every channel of the contract', () => {
    expect(Object.keys(realHandlers()).sort()).toEqual([...invokeChannels].sort());
  });

  it('refuses an unknown channel by name', async () => {
    for (const channel of ['report:delete', 'fs:read', '', 42, null, { toString: 'x' }]) {
      const result = await dispatch(realHandlers(), channel, {}, silent);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('UNKNOWN_CHANNEL');
        expect(result.error.message).toMatch(HAN);
      }
    }
  });

  it('refuses malformed payloads before any handler runs, naming the field in Chinese', async () => {
    let called = false;
    const handlers = withHandler('comment:add', async () => {
      called = true;
      throw new Error('must not run');
    });
    const cases: unknown[] = [
      undefined,
      'text',
      { reportId: 'r1', span: [0, 'x'], text: '意见' },
      { reportId: 'r1', span: [5, 2, 3], text: '意见' },
      { reportId: 'r1', span: [0, 5], text: '   ' },
      { reportId: 'r1', span: [0, 5], text: '意见', extra: true },
      { reportId: '', span: [0, 5], text: '意见' },
      { reportId: 'r1', span: [-1, 5], text: '意见' },
    ];
    for (const payload of cases) {
      const result = await dispatch(handlers, 'comment:add', payload, silent);
      expect(result.ok, JSON.stringify(payload)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_REQUEST');
        expect(result.error.message).toMatch(/^请求参数不正确/);
      }
    }
    const named = await dispatch(
      handlers,
      'comment:add',
      { reportId: 'r1', span: [0, 'x'], text: '意见' },
      silent,
    );
    expect(!named.ok && named.error.message).toContain('字段 span.1');
    expect(called).toBe(false);
  });

  it('passes a service refusal through with its code and message', async () => {
    const handlers = withHandler('report:get', async () => {
      throw new ServiceError('NOT_FOUND', '找不到报告（编号 r9）。');
    });
    expect(await dispatch(handlers, 'report:get', { id: 'r9' }, silent)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '找不到报告（编号 r9）。' },
    });
  });

  it('turns an unexpected failure into INTERNAL with a Chinese message', async () => {
    const handlers = withHandler('report:list', async () => {
      throw new TypeError('cannot read properties of undefined');
    });
    const result = await dispatch(handlers, 'report:list', {}, silent);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INTERNAL');
      expect(result.error.message).toMatch(/^操作未能完成/);
      expect(result.error.message).toContain('cannot read properties');
    }
  });

  it('refuses to send a response that breaks the contract', async () => {
    const handlers = withHandler(
      'report:list',
      async () =>
        ({ reports: [{ id: 'r1' }] }) as unknown as Awaited<ReturnType<Handlers['report:list']>>,
    );
    const result = await dispatch(handlers, 'report:list', {}, silent);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INVALID_RESPONSE');
  });

  it('applies the request defaults before the handler sees it', async () => {
    let seen: unknown;
    const handlers = withHandler('finding:decide', async (req) => {
      seen = req;
      throw new ServiceError('NOT_FOUND', '不存在');
    });
    await dispatch(
      handlers,
      'finding:decide',
      { reportId: 'r1', fingerprint: 'x', decision: 'confirmed' },
      silent,
    );
    expect(seen).toEqual({ reportId: 'r1', fingerprint: 'x', decision: 'confirmed', reason: null });
  });

  it('never throws, whatever the page sends', async () => {
    const handlers = realHandlers();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...invokeChannels), fc.anything()),
        fc.anything(),
        async (channel, payload) => {
          const result = await dispatch(handlers, channel, payload, silent);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.error.message).toMatch(HAN);
        },
      ),
      { numRuns: 300 },
    );
  });
});
