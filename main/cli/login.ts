import { AppError } from '@shared/errors';
import { SECRET_NAMES, type SecretName } from '@shared/contract/app';
import { describeError } from '@shared/i18n';
import { SECRET_ENVIRONMENT } from '../host/keychain';
import { stepsForPath } from '@shared/wizard';
import { callChannel, settingsFilePath } from './call-channel';
import { LOGIN } from './commands';
import { EXIT, type CliCommand, type CliContext } from './framework';
import { readSecret } from './read-secret';

// `mailjet-odoo login|logout|status`: the secrets in the keychain and where the setup stands, each through
// the contract's channels like any other command (see call-channel.ts).

type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

function secretName(positionals: string[]): SecretName {
  const name = positionals[0];
  if (!name || !(SECRET_NAMES as readonly string[]).includes(name))
    throw new AppError('cli.usage', { detail: 'mailjet | odoo' });
  return name as SecretName;
}

function printSaved(context: CliContext, endsWith: string | undefined): void {
  if (context.json) context.printJson({ ok: true, saved: true, ...(endsWith ? { endsWith } : {}) });
  else
    context.print(
      endsWith ? context.t('cli.commands.login.savedEndsWith', { endsWith }) : context.t('cli.commands.login.saved'),
    );
}

/** The Odoo password is stored only once Odoo accepts it with this address, database and login. */
async function saveOdooLogin(context: CliContext, values: Values, password: string): Promise<void> {
  const connection = Object.fromEntries(
    ['url', 'db', 'login'].filter((k) => typeof values[k] === 'string').map((k) => [k, values[k] as string]),
  );
  const saved = await callChannel(context, 'odooSaveLogin', { ...connection, password });
  if (!context.json)
    context.print(
      context.t('cli.commands.login.odooAccepted', {
        login: saved.login,
        db: saved.db,
        url: saved.url,
        version: saved.version.label,
      }),
    );
  printSaved(context, saved.endsWith);
}

/** The Mailjet secret key is stored as given (`mailjet keys` is the command that checks the pair with Mailjet first). */
async function saveMailjetSecret(context: CliContext, values: Values, secret: string): Promise<void> {
  // The public half goes to the settings first: if it is refused, nothing reaches the keychain.
  if (typeof values['api-key'] === 'string')
    await callChannel(context, 'settingsWrite', { patch: { mailjet: { apiKey: values['api-key'] } } });
  const saved = await callChannel(context, 'keychainSave', { name: 'mailjet', value: secret });
  printSaved(context, saved.endsWith || undefined);
}

const login: CliCommand = {
  ...LOGIN.login,
  async run(context, values, positionals) {
    const name = secretName(positionals);
    const typed = await readSecret(context.io, context.t(`cli.commands.login.prompt.${name}`));
    // A Mailjet secret key is 32 hex digits, so spaces around it are a copy slip; an Odoo password is kept
    // exactly as typed (it may start or end with a space).
    const secret = name === 'mailjet' ? typed.trim() : typed;
    if (!secret) throw new AppError('cli.secret-stdin', { service: name });
    if (name === 'odoo') await saveOdooLogin(context, values, secret);
    else await saveMailjetSecret(context, values, secret);
    return EXIT.done;
  },
};

const logout: CliCommand = {
  ...LOGIN.logout,
  async run(context, _values, positionals) {
    const name = secretName(positionals);
    const { forgotten } = await callChannel(context, 'keychainForget', { name });
    if (context.json) context.printJson({ ok: true, forgotten });
    else context.print(context.t(forgotten ? 'cli.commands.logout.forgotten' : 'cli.commands.logout.nothing'));
    return EXIT.done;
  },
};

const status: CliCommand = {
  ...LOGIN.status,
  async run(context) {
    const keychain = await callChannel(context, 'keychainStatus', {});
    const progress = await callChannel(context, 'progressRead', {});
    const settingsFile = await settingsFilePath(context);
    if (context.json) {
      context.printJson({ ok: true, keychain, progress, settingsFile });
      return EXIT.done;
    }
    // A locked keychain and a missing one need different fixes; a secret from the environment needs neither.
    const problem = keychain.available ? undefined : (keychain.errorCode ?? 'keychain.unavailable');
    const state = (
      name: SecretName,
      secret: { saved: boolean; endsWith?: string | undefined; source?: string | undefined },
    ) =>
      secret.saved
        ? secret.source === 'environment'
          ? context.t('app.keychain.environment', { variable: SECRET_ENVIRONMENT[name] })
          : secret.endsWith
            ? context.t('app.keychain.savedEndsWith', { endsWith: secret.endsWith })
            : context.t('app.keychain.saved')
        : problem
          ? context.t(problem === 'keychain.locked' ? 'app.keychain.locked' : 'app.keychain.unavailable')
          : context.t('app.keychain.notSaved');
    context.print(context.t('cli.commands.status.mailjet', { state: state('mailjet', keychain.secrets.mailjet) }));
    context.print(context.t('cli.commands.status.odoo', { state: state('odoo', keychain.secrets.odoo) }));
    if (problem)
      context.print(context.t('cli.nextStep', { next: describeError(context.t, { code: problem }, 'cli').next }));
    context.print(
      context.t('cli.commands.status.progress', {
        step: context.t(`steps.${progress.current}.title`),
        count: progress.completed.length,
        total: stepsForPath(progress.path).length,
      }),
    );
    context.print(context.t('cli.commands.status.settingsFile', { path: settingsFile }));
    return EXIT.done;
  },
};

export const loginCommands: CliCommand[] = [login, logout, status];
