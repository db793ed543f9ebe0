import {
  CHANNELS,
  errorKind,
  isChannelName,
  type ChannelName,
  type ChannelSpec,
  type ProgressEvent,
  type Result,
} from '@shared/contract';
import { dnsChannels } from '@shared/contract/dns';
import { mailjetChannels } from '@shared/contract/mailjet';
import { odooChannels } from '@shared/contract/odoo';
import { publishChannels } from '@shared/contract/publish';
import { AppError, type ErrorPayload } from '@shared/errors';
import { createAppHandlers } from './app-handlers';
import type { CoreDeps, Handler, HandlerTable, Handlers } from './context';
import { createDemoHandlers } from './demo-handlers';
import { OperationRegistry } from './operations';
import { redactPayload, rememberSecret } from './redaction';
import { settingsRefusal } from '@shared/settings/refusal';

// The one table from contract channel to core call. The desktop face wires it to ipcMain, the browser
// face to POST /rpc/<channel>; both go through `dispatch`, so input parsing, error mapping and what
// may leave the core are decided here once.

export interface Core {
  handlers: Handlers;
  operations: OperationRegistry;
  deps: CoreDeps;
}

/**
 * A group's handlers, imported and created on the first call to any of its channels. The first screen
 * needs only the app's own channels (language, settings, progress), so the DNS checker with its
 * public-suffix data and the Mailjet and Odoo code are not read at start-up.
 */
function onFirstCall<Names extends ChannelName>(
  channels: Record<Names, unknown>,
  load: () => Promise<HandlerTable<Names>>,
): HandlerTable<Names> {
  let table: Promise<HandlerTable<Names>> | undefined;
  const lazy = {} as Record<Names, unknown>;
  for (const name of Object.keys(channels) as Names[]) {
    lazy[name] = async (input: never, context: never) =>
      ((await (table ??= load())) as Record<Names, (i: never, c: never) => unknown>)[name](input, context);
  }
  return lazy as HandlerTable<Names>;
}

export function createCore(deps: CoreDeps): Core {
  const operations = new OperationRegistry();
  const handlers: Handlers = {
    ...createAppHandlers(deps, operations),
    ...onFirstCall(dnsChannels, async () => (await import('./dns/handlers')).createDnsHandlers(deps)),
    ...onFirstCall(publishChannels, async () => (await import('./dns/publish/handlers')).createPublishHandlers(deps)),
    ...onFirstCall(mailjetChannels, async () => (await import('./mailjet/handlers')).createMailjetHandlers(deps)),
    ...onFirstCall(odooChannels, async () => (await import('./odoo/handlers')).createOdooHandlers(deps)),
    ...createDemoHandlers(deps),
  };
  return { handlers, operations, deps };
}

export interface DispatchOptions {
  operationId?: string;
  onProgress?: (event: ProgressEvent) => void;
}

/** Runs one call from a face: never throws, never returns anything the result schema does not name. */
export async function dispatch(
  core: Core,
  name: string,
  rawInput: unknown,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  if (!isChannelName(name)) return { ok: false, error: { code: 'app.unknown-channel' } };
  const spec: ChannelSpec = CHANNELS[name];
  rememberTypedSecret(spec, rawInput);
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    // A settings value the schema refuses gets the message of the step that would use it.
    const refusal = settingsRefusal(parsed.error.issues[0], rawInput);
    if (refusal) return { ok: false, error: redactPayload(refusal.toPayload()) };
    // Name the field, never echo the value: it may be a secret.
    const field = parsed.error.issues[0]?.path.join('.') || 'input';
    return { ok: false, error: redactPayload({ code: 'app.invalid-input', params: { field } }) };
  }
  rememberTypedSecret(spec, parsed.data);
  const operation = core.operations.start(spec.long ? options.operationId : undefined);
  const operationId = options.operationId;
  try {
    const handler = core.handlers[name] as Handler<ChannelName>;
    const value = await handler(parsed.data as never, {
      signal: operation.signal,
      progress: (key, params, done, total) => {
        if (!operationId || !options.onProgress) return;
        options.onProgress({
          operationId,
          key,
          ...(params ? { params } : {}),
          ...(done !== undefined ? { done } : {}),
          ...(total ? { total } : {}),
        });
      },
    });
    // Parsing the result strips any field the contract does not declare: a whitelist on the way out.
    return { ok: true, value: spec.result.parse(value) };
  } catch (error) {
    return { ok: false, error: errorPayloadFor(core, name, error, operation.signal) };
  } finally {
    operation.finish();
  }
}

/**
 * A key or password typed now (the channel's `secretInput` field) is remembered before anything else runs,
 * as typed and as parsed: from then on it is scrubbed from every error, log line and CLI output, even one
 * where a service quotes it back, and before the keychain (which remembers what it stores) ever sees it.
 */
function rememberTypedSecret(spec: ChannelSpec, input: unknown): void {
  if (!spec.secretInput || typeof input !== 'object' || input === null) return;
  for (const field of spec.secretInput) {
    const value = (input as Record<string, unknown>)[field];
    if (typeof value === 'string') rememberSecret(value);
    else if (typeof value === 'object' && value !== null) {
      for (const part of Object.values(value)) if (typeof part === 'string') rememberSecret(part);
    }
  }
}

function errorPayloadFor(core: Core, channel: string, error: unknown, signal: AbortSignal): ErrorPayload {
  if (error instanceof AppError) {
    if (errorKind(error.code) === 'internal') core.deps.log.log('error', `${channel} failed`, error);
    // Parameters can echo what the user typed or what a server said: every remembered secret is scrubbed
    // here, once, for every face (the CLI's own failures go through the same `redactPayload`).
    return redactPayload(error.toPayload());
  }
  if (signal.aborted) return { code: 'app.cancelled' };
  core.deps.log.log('error', `${channel} failed unexpectedly`, error);
  return { code: 'app.internal' };
}
