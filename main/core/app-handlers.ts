import type { appChannels } from '../../shared/contract/app';
import { AppError } from '../../shared/errors';
import { languageFromLocale } from '../../shared/languages';
import type { CoreDeps, HandlerTable } from './context';
import { copySecretBriefly, SECRET_CLIPBOARD_SECONDS } from './clipboard';
import { secretHint } from './keychain';
import type { OperationRegistry } from './operations';

/** The channels every face needs from day one: who we are, language, keychain, settings, progress. */
export function createAppHandlers(deps: CoreDeps, operations: OperationRegistry): HandlerTable<keyof typeof appChannels> {
  const secretStatus = async (name: 'mailjet' | 'odoo') => {
    const value = await deps.keychain.get(name);
    if (value === null) return { saved: false };
    const source = await deps.keychain.source(name);
    return { saved: true, endsWith: secretHint(value), ...(source ? { source } : {}) };
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
      return saved ? { language: saved, source: 'saved' } : { language: languageFromLocale(deps.systemLocale), source: 'system' };
    },
    languageSet: async ({ language }) => {
      deps.settings.setLanguage(language);
      return { language };
    },
    keychainStatus: async () => {
      try {
        return { available: true, secrets: { mailjet: await secretStatus('mailjet'), odoo: await secretStatus('odoo') } };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return { available: false, errorCode: error.code, secrets: { mailjet: { saved: false }, odoo: { saved: false } } };
      }
    },
    keychainSave: async ({ name, value }) => {
      await deps.keychain.set(name, value);
      return { saved: true, endsWith: secretHint(value) ?? '' };
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
