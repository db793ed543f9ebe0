import { KEYCHAIN_ERROR_CODES, type appChannels, type KeychainErrorCode } from '@shared/contract/app';
import { AppError } from '@shared/errors';
import { languageFromLocale } from '@shared/languages';
import type { CoreDeps, HandlerTable } from './context';
import { copySecretBriefly, SECRET_CLIPBOARD_SECONDS } from './copy-secret';
import { secretHint, storedIn } from './secret-hint';
import type { SecretName } from '@shared/contract/app';
import type { OperationRegistry } from './operations';

/** A keychain's refusal as one of its own codes (anything else it threw is reported as a keychain failure). */
function keychainErrorCode(error: AppError): KeychainErrorCode {
  return (KEYCHAIN_ERROR_CODES as readonly string[]).includes(error.code)
    ? (error.code as KeychainErrorCode)
    : 'keychain.failed';
}

/** The channels every face needs from day one: who we are, language, keychain, settings, progress. */

export function createAppHandlers(
  deps: CoreDeps,
  operations: OperationRegistry,
): HandlerTable<keyof typeof appChannels> {
  /** A secret that cannot be read (no keychain, and nothing kept for this session) counts as not saved. */
  const secretStatus = async (name: SecretName, problems: AppError[]) => {
    try {
      const value = await deps.keychain.get(name);
      if (value === null) return { saved: false };
      const source = await deps.keychain.source(name);
      return { saved: true, endsWith: secretHint(value), ...(source ? { source } : {}) };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.push(error);
      return { saved: false };
    }
  };

  return {
    appInfo: async () => ({
      name: 'Mailjet Odoo Assistant',
      version: deps.version,
      face: deps.face,
      demo: deps.demo,
      platform: process.platform,
      ...(deps.settings.recovery ? { settingsRecovered: { movedTo: deps.settings.recovery.movedTo } } : {}),
    }),
    languageGet: async () => {
      const saved = deps.settings.language();
      return saved
        ? { language: saved, source: 'saved' }
        : { language: languageFromLocale(deps.systemLocale), source: 'system' };
    },
    languageSet: async ({ language }) => {
      deps.settings.setLanguage(language);
      return { language };
    },
    keychainStatus: async () => {
      // The keychain is asked even when both secrets are kept for the session, so the screens can still
      // say why (not running, or locked) and what would let them be saved for good.
      const problems: AppError[] = [];
      await deps.keychain.probe().catch((error: unknown) => {
        if (!(error instanceof AppError)) throw error;
        problems.push(error);
      });
      const secrets = { mailjet: await secretStatus('mailjet', problems), odoo: await secretStatus('odoo', problems) };
      const problem = problems[0];
      return { available: !problem, ...(problem ? { errorCode: keychainErrorCode(problem) } : {}), secrets };
    },
    keychainSave: async ({ name, value, sessionOnly }) => {
      await deps.keychain.set(name, value, sessionOnly ? 'session' : 'keychain');
      return {
        saved: true,
        endsWith: secretHint(value) ?? '',
        source: await storedIn(deps.keychain, name, sessionOnly),
      };
    },
    keychainForget: async ({ name }) => ({ forgotten: await deps.keychain.forget(name) }),
    settingsRead: async () => deps.settings.read(),
    settingsWrite: async ({ patch }) => deps.settings.patch(patch),
    progressRead: async () => deps.settings.progress(),
    progressWrite: async (change) => deps.settings.setProgress(change),
    cancel: async ({ operationId }) => ({ cancelled: operations.cancel(operationId) }),
    clipboardCopySecret: async ({ name }) => {
      const secret = await deps.keychain.get(name);
      if (secret === null) throw new AppError('keychain.missing', { name });
      if (!deps.clipboard) throw new AppError('clipboard.unavailable');
      await copySecretBriefly(deps.clipboard, secret);
      return { copied: true, clearedAfterSeconds: SECRET_CLIPBOARD_SECONDS };
    },
  };
}
