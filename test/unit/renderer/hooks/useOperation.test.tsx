// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useOperation } from '@renderer/hooks/useOperation';
import type { ChannelOutput, Result } from '@shared/contract';
import { ok } from '../support/fake-assistant';
import { harness } from '../support/render';

// useOperation keeps the API the steps (and the panels being added next to them) use: run, progress of
// this call only, cancel by operation id, result or error, reset.

afterEach(cleanup);

type Verify = ChannelOutput<'mailjetVerify'>;
const account = { host: 'api.mailjet.com', senderCount: 2 } as Verify;

describe('useOperation', () => {
  it('follows the progress of its own call, can cancel it, and ends with the result', async () => {
    let finish: (result: Result<Verify>) => void = () => undefined;
    const h = await harness({
      answers: {
        mailjetVerify: () => new Promise((resolve) => (finish = resolve)),
        cancel: () => ok({ cancelled: true }),
      },
    });
    const { result } = renderHook(() => useOperation('mailjetVerify'), { wrapper: h.wrapper });
    let done: Promise<Verify | undefined> = Promise.resolve(undefined);
    act(() => {
      done = result.current.run({});
    });
    await waitFor(() => expect(result.current.running).toBe(true));
    const operationId = h.fake.calls.find((call) => call.channel === 'mailjetVerify')!.operationId!;
    act(() => {
      h.fake.emit({ operationId: 'someone-elses-call', key: 'other' });
      h.fake.emit({ operationId, key: 'mailjet.progress.verify', done: 1, total: 2 });
    });
    await waitFor(() => expect(result.current.progress?.key).toBe('mailjet.progress.verify'));
    await act(async () => {
      await result.current.cancel();
    });
    expect(h.fake.calls.find((call) => call.channel === 'cancel')?.input).toEqual({ operationId });
    await act(async () => {
      finish(ok(account));
      expect(await done).toEqual(account);
    });
    await waitFor(() => expect(result.current).toMatchObject({ running: false, result: account }));
    expect(result.current.progress).toBeUndefined();
  });

  it('answers undefined on a refusal and keeps the error until reset', async () => {
    const h = await harness({
      answers: {
        mailjetVerify: () => ({ ok: false, error: { code: 'mailjet.auth', params: { host: 'api.mailjet.com' } } }),
      },
    });
    const { result } = renderHook(() => useOperation('mailjetVerify'), { wrapper: h.wrapper });
    await act(async () => {
      expect(await result.current.run({})).toBeUndefined();
    });
    await waitFor(() =>
      expect(result.current.error).toEqual({ code: 'mailjet.auth', params: { host: 'api.mailjet.com' } }),
    );
    act(() => result.current.reset());
    await waitFor(() => expect(result.current.error).toBeUndefined());
  });
});
