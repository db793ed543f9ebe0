import type { AssistantTransport } from '@shared/bridge/assistant-api';
import type { ErrorCode, ProgressEvent, Result } from '@shared/contract';

// The browser face's transport, run in the page: each call is `POST /rpc/<channel>`, progress comes on one
// EventSource at `/events`. The access token travels in an HttpOnly cookie, so no script of the page ever
// holds it; `credentials: 'same-origin'` sends it with every call.

/** What the transport takes from the page; a test passes its own. */
export interface PageGlobals {
  fetch: typeof fetch;
  EventSource: new (url: string) => ProgressStream;
}

type ProgressStream = Pick<EventSource, 'onmessage' | 'onopen' | 'onerror'>;

const failure = (code: ErrorCode): Result<never> => ({ ok: false, error: { code } });

export function createFetchTransport(page: PageGlobals): AssistantTransport {
  const listeners = new Set<(event: ProgressEvent) => void>();
  let events: ProgressStream | undefined;
  /** Settles once the stream is open (or has failed): until then a call could start before its first event can come. */
  let streamReady: Promise<void> = Promise.resolve();

  return {
    async call(name, input, options) {
      // A long call subscribes just before it starts: it goes out once the server can send its progress.
      await streamReady;
      let response: Response;
      try {
        response = await page.fetch(`/rpc/${name}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ input, operationId: options?.operationId }),
        });
      } catch {
        return failure('web.unreachable');
      }
      if (response.status === 401 || response.status === 403) return failure('web.session-expired');
      try {
        const body = (await response.json()) as unknown;
        if (body && typeof body === 'object' && typeof (body as { ok?: unknown }).ok === 'boolean')
          return body as Result<unknown>;
      } catch {
        // Not JSON: an answer from something that is not the assistant.
      }
      return failure('app.internal');
    },

    subscribe(listener) {
      // One stream for the page, opened on the first subscription and kept: a long call subscribes just before
      // it starts, and a stream opened again each time could miss the first events of the call.
      if (!events) {
        const stream = new page.EventSource('/events');
        events = stream;
        streamReady = new Promise<void>((resolve) => {
          stream.onopen = () => resolve();
          // A stream that cannot open (the session expired) holds no call back; the call then says why.
          stream.onerror = () => resolve();
        });
        stream.onmessage = (message: MessageEvent) => {
          let event: ProgressEvent;
          try {
            event = JSON.parse(String(message.data)) as ProgressEvent;
          } catch {
            return;
          }
          for (const each of listeners) each(event);
        };
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
