import { CHANNEL_NAMES } from '../../shared/contract';

// In the browser there is no preload: this script, served by the browser face and loaded before the
// app, gives the page the same `window.assistant` over fetch. The token travels in an HttpOnly cookie,
// so the page's own scripts never hold it.
export function bridgeScript(channels: readonly string[] = CHANNEL_NAMES): string {
  return `(() => {
  "use strict";
  const channels = ${JSON.stringify(channels)};
  const listeners = new Set();
  let events = null;
  const failure = (code) => ({ ok: false, error: { code } });
  const call = (name) => async (input, options) => {
    let response;
    try {
      response = await fetch("/rpc/" + name, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ input: input === undefined ? {} : input, operationId: options && options.operationId }),
      });
    } catch (error) {
      return failure("web.unreachable");
    }
    if (response.status === 401 || response.status === 403) return failure("web.session-expired");
    try {
      const body = await response.json();
      if (body && typeof body.ok === "boolean") return body;
    } catch (error) {}
    return failure("app.internal");
  };
  const api = Object.fromEntries(channels.map((name) => [name, call(name)]));
  api.onProgress = (listener) => {
    if (!events) {
      events = new EventSource("/events");
      events.onmessage = (message) => {
        let event;
        try { event = JSON.parse(message.data); } catch (error) { return; }
        for (const each of listeners) each(event);
      };
    }
    listeners.add(listener);
    return () => { listeners.delete(listener); };
  };
  Object.defineProperty(window, "assistant", { value: Object.freeze(api), enumerable: true });
})();
`;
}
