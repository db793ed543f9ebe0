import type { z } from 'zod';
import type { ErrorKind } from './errors';
import { appChannels, appErrors } from './contract/app';
import type { ChannelSpec, ProgressEvent, Result } from './contract/channel';
import { demoChannels, demoErrors } from './contract/demo';
import { dnsChannels, dnsErrors } from './contract/dns';
import { mailjetChannels, mailjetErrors } from './contract/mailjet';
import { odooChannels, odooErrors } from './contract/odoo';
import { publishChannels, publishErrors } from './contract/publish';

// The one list of what the renderer and the CLI may ask of the core. Each face (IPC, HTTP, CLI)
// derives its wiring from it, so a channel added here is reachable everywhere or tsc says why not.

export const CHANNELS = {
  ...appChannels,
  ...dnsChannels,
  ...publishChannels,
  ...mailjetChannels,
  ...odooChannels,
  ...demoChannels,
} satisfies Record<string, ChannelSpec>;

export type Channels = typeof CHANNELS;
export type ChannelName = keyof Channels;
// The names alone live in a zod-free module (checked against CHANNELS by the type checker), for the bridges.
export { CHANNEL_NAMES, IPC_PROGRESS_CHANNEL, ipcChannelName } from './contract/channel-names';

export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>;
export type ChannelOutput<K extends ChannelName> = z.output<Channels[K]['result']>;

/** Every error code with its kind. `ErrorCode` is derived from it, so a misspelt code fails the type check. */
export const ERROR_KINDS = {
  ...appErrors,
  ...dnsErrors,
  ...publishErrors,
  ...mailjetErrors,
  ...odooErrors,
  ...demoErrors,
} satisfies Record<string, ErrorKind>;
export type ErrorCode = keyof typeof ERROR_KINDS;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(CHANNELS, name);
}

export function errorKind(code: string): ErrorKind {
  return (ERROR_KINDS as Record<string, ErrorKind>)[code] ?? 'internal';
}

export interface CallOptions {
  /** For long channels: lets the caller cancel, and ties progress events to this call. */
  operationId?: string;
}

/** What `window.assistant` offers: one method per channel, plus the progress stream. */
export type AssistantApi = {
  [K in ChannelName]: (input: ChannelInput<K>, options?: CallOptions) => Promise<Result<ChannelOutput<K>>>;
} & {
  onProgress(listener: (event: ProgressEvent) => void): () => void;
};

export type { ChannelSpec, ProgressEvent, Result } from './contract/channel';
