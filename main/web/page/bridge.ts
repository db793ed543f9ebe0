import { createAssistantApi } from '@shared/bridge/assistant-api';
import { dropTokenFromAddress } from './address-token';
import { createFetchTransport } from './fetch-transport';

// The browser face's `window.assistant`, the same object the desktop preload gives (shared/bridge), over
// HTTP. Bundled by the build into one classic script, `assistant-bridge.js` beside the renderer's
// index.html; the server puts it first in <head>, so it runs before the app's module script.

dropTokenFromAddress(window.location, window.history);

Object.defineProperty(window, 'assistant', {
  value: createAssistantApi(
    createFetchTransport({ fetch: window.fetch.bind(window), EventSource: window.EventSource }),
  ),
  enumerable: true,
});
