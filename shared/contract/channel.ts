import { z } from 'zod';
import type { ErrorKind, ErrorPayload } from '../errors';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  result: O;
  /** A long operation reports progress events and can be cancelled by its operation id. */
  long: boolean;
  /**
   * The input fields that carry a secret (a key or password typed now, before anything stores it; a field
   * holding an object, such as an OVHcloud key set, counts with every text inside it). `dispatch` remembers
   * their values for scrubbing before the handler runs, so no error, log line or answer can carry them back,
   * whatever the handler or the service it talks to does with them.
   */
  secretInput?: readonly string[] | undefined;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  result: O,
  options: {
    long?: boolean;
    secretInput?: Extract<keyof z.input<I>, string> | readonly Extract<keyof z.input<I>, string>[];
  } = {},
): ChannelSpec<I, O> {
  const secretInput =
    options.secretInput === undefined
      ? undefined
      : typeof options.secretInput === 'string'
        ? [options.secretInput]
        : options.secretInput;
  return { input, result, long: options.long ?? false, ...(secretInput ? { secretInput } : {}) };
}

export type ChannelMap = Record<string, ChannelSpec>;
export type ErrorKindMap = Record<string, ErrorKind>;

export const noInput = z.object({}).strict();

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

/** A step of a long operation, phrased by the locale key `key` with `params`. */
export interface ProgressEvent {
  operationId: string;
  key: string;
  params?: Record<string, string | number | boolean> | undefined;
  done?: number | undefined;
  total?: number | undefined;
}

/** Operation ids are chosen by the caller so it can cancel before the first progress event arrives. */
export const operationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
