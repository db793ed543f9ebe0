import { parseArgs } from 'node:util';
import { AppError } from '@shared/errors';
import { createTranslator, describeError } from '@shared/i18n';
import { isLanguage, languageFromLocale, type Language } from '@shared/languages';
import type { Core } from '../core/dispatch';
import { redact, redactPayload } from '../core/redaction';
import { createFileLogger, formatLogLine } from '../host/log';
import { hostPlace } from '../host/paths';
import { systemLocale } from '../host/system-locale';
import { APP_VERSION } from '../host/version';
import { COMMAND_SPECS, loadCommand } from './commands';
import { EXIT, type CliCommandSpec, type CliContext, type CliIo } from './framework';
import { formatCommandHelp, formatMainHelp } from './help';
import { forTerminal, jsonForTerminal, neutralise } from './terminal-text';

// Only what choosing a command and printing help need is imported above; a command's own code, the core
// and the remote services' clients are imported when a command runs (see commands.ts).

const GLOBAL_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** The command whose words start argv, preferring the longest match ("dns check" over "dns"). */
function findCommand(args: string[], commands: CliCommandSpec[] = COMMAND_SPECS): CliCommandSpec | undefined {
  const words = args.filter((arg) => !arg.startsWith('-'));
  return [...commands]
    .sort((a, b) => b.words.length - a.words.length)
    .find((command) => command.words.every((word, i) => words[i] === word));
}

/**
 * The 1-based place on the command line of the first word the command does not take, if any. Only its
 * place is reported, never its value: a secret typed as an argument must not come back on the screen.
 */
function unexpectedArgument(
  tokens: NonNullable<ReturnType<typeof parseArgs>['tokens']>,
  command: CliCommandSpec,
): number | undefined {
  const extra = tokens.filter((token) => token.kind === 'positional')[
    command.words.length + (command.positionals ?? 0)
  ];
  return extra ? extra.index + 1 : undefined;
}

function pickLanguage(args: string[], env: NodeJS.ProcessEnv): Language {
  const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = index < 0 ? undefined : args[index]!.includes('=') ? args[index]!.split('=')[1] : args[index + 1];
  return isLanguage(value) ? value : languageFromLocale(systemLocale(env));
}

export async function runCli(args: string[], io: CliIo): Promise<number> {
  const language = pickLanguage(args, io.env);
  // Every value put into a sentence is neutralised: it may come from a DNS zone, from Odoo or from argv.
  const i18n = await createTranslator(language, { escape: neutralise });
  const t = i18n.t.bind(i18n);
  let core: Core | undefined;
  let composing: Promise<Core> | undefined;

  const fail = async (error: unknown): Promise<number> => {
    // The same scrubbing `dispatch` gives every other face: stderr and the --json error alike.
    const payload = redactPayload(error instanceof AppError ? error.toPayload() : { code: 'app.internal' });
    if (!(error instanceof AppError)) {
      // The detail goes to the debug log (redacted), even when the failure came before the core existed.
      (core?.deps.log ?? createFileLogger(hostPlace({ demo: false, env: io.env }).logFile)).log(
        'error',
        'cli failed unexpectedly',
        error,
      );
      if (io.env.MAILJET_ODOO_DEBUG === '1')
        io.stderr.write(forTerminal(`${formatLogLine('error', 'cli failed unexpectedly', error)}\n`));
    }
    const { message, next } = describeError(t, payload, 'cli');
    if (args.includes('--json')) io.stdout.write(jsonForTerminal(`${JSON.stringify({ ok: false, error: payload })}\n`));
    // Redacted even though messages come from our catalogs: parameters can echo what the user typed.
    io.stderr.write(
      forTerminal(redact(`${t('cli.error', { message })}\n${next ? `${t('cli.nextStep', { next })}\n` : ''}`)),
    );
    const { exitCodeFor } = await import('./exit-code');
    return exitCodeFor(payload.code);
  };

  try {
    const spec = findCommand(args);
    const wantsHelp = args.includes('--help') || args.includes('-h');
    if (!spec) {
      if (args.includes('--version') || args.includes('-v')) {
        io.stdout.write(`${APP_VERSION}\n`);
        return EXIT.done;
      }
      const first = args.find((arg) => !arg.startsWith('-') && !isLanguage(arg));
      // A group without its command ("mailjet-odoo dns") lists that group's commands.
      const group = COMMAND_SPECS.filter((command) => command.words.length > 1 && command.words[0] === first);
      if (group.length) {
        io.stdout.write(formatMainHelp(t, group));
        return wantsHelp ? EXIT.done : EXIT.badInput;
      }
      if (first && !wantsHelp) throw new AppError('cli.unknown-command', { command: first });
      io.stdout.write(formatMainHelp(t, COMMAND_SPECS));
      return args.length === 0 || wantsHelp || args.every((a) => a.startsWith('--lang') || isLanguage(a))
        ? EXIT.done
        : EXIT.badInput;
    }
    if (wantsHelp) {
      io.stdout.write(formatCommandHelp(t, spec));
      return EXIT.done;
    }
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args,
        options: { ...GLOBAL_OPTIONS, ...spec.options },
        allowPositionals: true,
        strict: true,
        tokens: true,
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0]!.replace(/\. To specify.*$/, '') : '';
      throw new AppError('cli.usage', { detail: redact(detail) });
    }
    const positionals = parsed.positionals.slice(spec.words.length);
    const extra = unexpectedArgument(parsed.tokens ?? [], spec);
    if (extra !== undefined) throw new AppError('cli.unexpected-argument', { position: extra });
    const values = parsed.values as Record<string, string | boolean | undefined>;
    for (const option of spec.required ?? [])
      if (values[option] === undefined) throw new AppError('cli.missing-option', { option });
    const json = values.json === true;
    const command = await loadCommand(spec);
    const context: CliContext = {
      t,
      language,
      json,
      io,
      // Built once, however many calls wait for it at the same time.
      core: () =>
        (composing ??= (async () => {
          const { composeApp } = await import('../compose');
          const built = (
            await composeApp({ face: 'cli', env: io.env, ...(io.keychain ? { host: { keychain: io.keychain } } : {}) })
          ).core;
          core = built;
          // A refused settings file was moved aside on opening: say where, on stderr so --json output stays clean.
          const recovered = built.deps.settings.recovery;
          if (recovered) io.stderr.write(forTerminal(`${t('app.settingsRecovered', { path: recovered.movedTo })}\n`));
          return built;
        })()),
      print: (text) => void io.stdout.write(forTerminal(redact(`${text}\n`))),
      printJson: (value) => void io.stdout.write(jsonForTerminal(redact(`${JSON.stringify(value, null, 2)}\n`))),
    };
    return await command.run(context, values, positionals);
  } catch (error) {
    return await fail(error);
  }
}
