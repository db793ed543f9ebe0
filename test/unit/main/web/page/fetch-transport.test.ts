import { describe, expect, it, vi } from 'vitest';
import { createFetchTransport, type PageGlobals } from '@main/web/page/fetch-transport';

/** A stand-in for the page's EventSource: the test decides when it opens and what it receives. */
class FakeStream {
  static made: FakeStream[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  constructor(readonly url: string) {
    FakeStream.made.push(this);
  }
  open() {
    this.onopen?.(new Event('open'));
  }
  send(data: string) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

function page(answer: () => Promise<Response>) {
  FakeStream.made = [];
  const fetch = vi.fn<PageGlobals['fetch']>(answer);
  return {
    fetch,
    transport: createFetchTransport({ fetch, EventSource: FakeStream as unknown as PageGlobals['EventSource'] }),
  };
}

const json = (status: number, body: unknown) => async () =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the browser face transport', () => {
  it('posts a call as JSON to /rpc/<channel>, with the operation id, and returns the answer', async () => {
    const { fetch, transport } = page(json(200, { ok: true, value: { face: 'web' } }));
    await expect(transport.call('appInfo', {}, { operationId: 'op-1234567' })).resolves.toEqual({
      ok: true,
      value: { face: 'web' },
    });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/rpc/appInfo');
    expect(init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(JSON.parse(String(init!.body))).toEqual({ input: {}, operationId: 'op-1234567' });
  });

  it('passes a failure of the core through as it is', async () => {
    const failure = { ok: false, error: { code: 'app.unknown-channel' } };
    await expect(page(json(404, failure)).transport.call('appInfo', {}, undefined)).resolves.toEqual(failure);
  });

  it('turns what is not an answer of the core into a code the wizard can word', async () => {
    await expect(page(json(401, { ok: false })).transport.call('appInfo', {}, undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'web.session-expired' },
    });
    await expect(page(json(403, 'Forbidden')).transport.call('appInfo', {}, undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'web.session-expired' },
    });
    await expect(
      page(() => Promise.reject(new TypeError('Failed to fetch'))).transport.call('appInfo', {}, undefined),
    ).resolves.toEqual({ ok: false, error: { code: 'web.unreachable' } });
    await expect(
      page(async () => new Response('<html>', { status: 200 })).transport.call('appInfo', {}, undefined),
    ).resolves.toEqual({ ok: false, error: { code: 'app.internal' } });
    await expect(page(json(200, { value: 1 })).transport.call('appInfo', {}, undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'app.internal' },
    });
  });

  it('opens one progress stream for the page and hands each event to every listener until it stops', () => {
    const { transport } = page(json(200, { ok: true, value: null }));
    const first: unknown[] = [];
    const second: unknown[] = [];
    const stopFirst = transport.subscribe((event) => first.push(event));
    transport.subscribe((event) => second.push(event));
    expect(FakeStream.made.map((stream) => stream.url)).toEqual(['/events']);
    const stream = FakeStream.made[0]!;
    stream.send(JSON.stringify({ operationId: 'op-1', key: 'dns.progress.records', done: 1, total: 3 }));
    stopFirst();
    stream.send('not json');
    stream.send(JSON.stringify({ operationId: 'op-1', key: 'dns.progress.records', done: 2, total: 3 }));
    expect(first).toEqual([{ operationId: 'op-1', key: 'dns.progress.records', done: 1, total: 3 }]);
    expect(second).toHaveLength(2);
  });

  it('sends a call made right after the first subscription only once the stream is open, so no progress is lost', async () => {
    const { fetch, transport } = page(json(200, { ok: true, value: null }));
    transport.subscribe(() => {});
    const call = transport.call('dnsCheck', { domain: 'example.com' }, { operationId: 'op-1234567' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetch).not.toHaveBeenCalled();
    FakeStream.made[0]!.open();
    await expect(call).resolves.toEqual({ ok: true, value: null });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('does not hold calls back when the stream cannot open', async () => {
    const { transport } = page(json(200, { ok: true, value: null }));
    transport.subscribe(() => {});
    FakeStream.made[0]!.onerror?.(new Event('error'));
    await expect(transport.call('appInfo', {}, undefined)).resolves.toEqual({ ok: true, value: null });
  });
});
