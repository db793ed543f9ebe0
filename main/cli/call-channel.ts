import { randomUUID } from 'node:crypto';
import type { ChannelName, ChannelOutput } from '@shared/contract';
import type { ProgressEvent } from '@shared/contract/channel';
import { AppError } from '@shared/errors';
import { dispatch } from '../core/dispatch';
import type { CliContext } from './framework';
import { forTerminal } from './terminal-text';

// The command line's one door into the core: every command that needs the core calls a contract channel
// here, through the same `dispatch` as the wizard. So its input is parsed by the contract, its result is
// whitelisted, its errors come back as codes with secrets scrubbed, a long call reports its progress on
// stderr, and Ctrl+C cancels it through the operation registry. A command never touches the core's
// handlers, keychain or settings itself (test/unit/main/cli/door.test.ts checks every command).

/** Runs a channel as the other faces do; the contract parses `input`, a failure is thrown as the AppError run.ts phrases. */
export async function callChannel<K extends ChannelName>(
  context: CliContext,
  name: K,
  input: unknown,
): Promise<ChannelOutput<K>> {
  const core = await context.core();
  const operationId = `cli-${randomUUID()}`;
  let lastKey = '';
  const onProgress = (event: ProgressEvent) => {
    // One line per phase: a phase reports each of its steps with the same key (records checked, fields written).
    if (context.json || event.key === lastKey) return;
    lastKey = event.key;
    context.io.stderr.write(forTerminal(`${context.t(event.key, event.params ?? {})}\n`));
  };
  const cancel = () => void core.operations.cancel(operationId);
  process.once('SIGINT', cancel);
  try {
    const result = await dispatch(core, name, input, { operationId, onProgress });
    if (!result.ok) throw new AppError(result.error.code, result.error.params ?? {});
    return result.value as ChannelOutput<K>;
  } finally {
    process.removeListener('SIGINT', cancel);
  }
}

/** Where the settings live, for `status`: a fact about the host the core runs on, not a piece of work. */
export async function settingsFilePath(context: CliContext): Promise<string> {
  return (await context.core()).deps.settings.path;
}
