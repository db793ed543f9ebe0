import type { AssistantApi } from '@shared/contract';

// The renderer's only door to the core: the desktop preload or the browser face's bridge script
// defines it before any of our code runs.
declare global {
  interface Window {
    assistant: AssistantApi;
  }
}

export function assistant(): AssistantApi {
  if (!window.assistant) throw new Error('window.assistant is missing: the page was opened outside the assistant');
  return window.assistant;
}

/** A fresh id for a long operation, so it can be cancelled before its first progress event. */
export function newOperationId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}
