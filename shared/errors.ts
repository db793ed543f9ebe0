// Errors cross every boundary (IPC, HTTP, CLI) as a stable code plus plain parameters. The words live
// in the locale catalogs (`errors.<code>.message` and `errors.<code>.next`), so a face can always
// explain what happened and what to do next, in the user's language, without leaking internals.

/** Why an error happened decides the CLI exit code and how the wizard offers a retry. */
export type ErrorKind =
  | 'input' // the user typed something we cannot use: exit 2
  | 'check' // a check ran and found something to fix: exit 1
  | 'service' // a remote or local service failed or refused: exit 3
  | 'internal'; // our own bug: exit 3, with the detail only in the debug log

import type { ErrorCode } from './contract';

export type ErrorParams = Record<string, string | number | boolean>;

export interface ErrorPayload {
  code: ErrorCode;
  params?: ErrorParams;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, params: ErrorParams = {}) {
    // The message is the code on purpose: anything longer belongs in the catalogs, not in logs or stack traces.
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }

  toPayload(): ErrorPayload {
    return Object.keys(this.params).length ? { code: this.code, params: { ...this.params } } : { code: this.code };
  }
}
