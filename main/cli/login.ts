import { AppError } from '../../shared/errors';
import { SECRET_NAMES, type SecretName } from '../../shared/contract/app';
import { describeError } from '../../shared/i18n';
import { secretHint } from '../core/secret-hint';
import { SECRET_ENVIRONMENT } from '../host/keychain';
import { stepsForPath } from '../../shared/wizard';
import { LOGIN } from './commands';
import { EXIT, type CliCommand } from './framework';
import { readSecret } from './read-secret';

function secretName(positionals: string[]): SecretName {
  const name = positionals[0];
  if (!name || !(SECRET_NAMES as readonly string[]).includes(name)) throw new AppError('cli.usage', { detail: 'mailjet | odoo' });
  return name as SecretName;
}

const login: CliCommand = {
  ...LOGIN.login,
  async run(context, values, positionals) {
    const name = secretName(positionals);
    const { deps } = await context.core();
    const typed = await readSecret(context.io, context.t(`cli.commands.login.prompt.${name}`));
    // A Mailjet secret key is 32 hex digits, so spaces around it are a copy slip; an Odoo password is kept
    // exactly as typed (it may start or end with a space).
    const secret = name === 'mailjet' ? typed.trim() : typed;
    if (!secret) throw new AppError('cli.secret-stdin', { service: name });
    // The public identifiers go to the settings first: if they are refused, nothing reaches the keychain.
    if (name === 'mailjet' && typeof values['api-key'] === 'string') deps.settings.patch({ mailjet: { apiKey: values['api-key'] } });
    if (name === 'odoo') {
      const odoo = Object.fromEntries(['url', 'db', 'login'].filter((k) => typeof values[k] === 'string').map((k) => [k, values[k] as string]));
      if (Object.keys(odoo).length) deps.settings.patch({ odoo });
    }
    await deps.keychain.set(name, secret);
    const endsWith = secretHint(secret);
    if (context.json) context.printJson({ ok: true, saved: true, ...(endsWith ? { endsWith } : {}) });
    else context.print(endsWith ? context.t('cli.commands.login.savedEndsWith', { endsWith }) : context.t('cli.commands.login.saved'));
    return EXIT.done;
  },
};

const logout: CliCommand = {
  ...LOGIN.logout,
  async run(context, _values, positionals) {
    const name = secretName(positionals);
    const forgotten = await (await context.core()).deps.keychain.forget(name);
    if (context.json) context.printJson({ ok: true, forgotten });
    else context.print(context.t(forgotten ? 'cli.commands.logout.forgotten' : 'cli.commands.logout.nothing'));
    return EXIT.done;
  },
};

const status: CliCommand = {
  ...LOGIN.status,
  async run(context) {
    const { handlers, deps } = await context.core();
    const keychain = await handlers.keychainStatus({}, { signal: new AbortController().signal, progress: () => {} });
    const progress = deps.settings.progress();
    if (context.json) {
      context.printJson({ ok: true, keychain, progress, settingsFile: deps.settings.path });
      return EXIT.done;
    }
    // A locked keychain and a missing one need different fixes; a secret from the environment needs neither.
    const problem = keychain.available ? undefined : (keychain.errorCode ?? 'keychain.unavailable');
    const state = (name: SecretName, secret: { saved: boolean; endsWith?: string | undefined; source?: string | undefined }) =>
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
    if (problem) context.print(context.t('cli.nextStep', { next: describeError(context.t, { code: problem }, 'cli').next }));
    context.print(
      context.t('cli.commands.status.progress', {
        step: context.t(`steps.${progress.current}.title`),
        count: progress.completed.length,
        total: stepsForPath(progress.path).length,
      }),
    );
    context.print(context.t('cli.commands.status.settingsFile', { path: deps.settings.path }));
    return EXIT.done;
  },
};

export const loginCommands: CliCommand[] = [login, logout, status];
