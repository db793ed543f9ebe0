import { AppError } from '@shared/errors';
import type { Keychain, StoredSecretName } from './keychain';
import { noteStoredSecret, rememberSecret } from '../core/redaction';

// "For this session only": when no keychain answers, the user may still go on with a secret kept in
// this process's memory. It is never written anywhere (not the keychain, not the settings, not the
// log) and it is gone when the app closes. It sits in front of the keychain, so every reader of
// `deps.keychain` (Mailjet, Odoo, the clipboard) finds it without knowing where it lives.

export function withSessionSecrets(keychain: Keychain): Keychain {
  const session = new Map<StoredSecretName, string>();
  return {
    get: async (name) => session.get(name) ?? keychain.get(name),
    set: async (name, value, storage = 'keychain') => {
      rememberSecret(value);
      if (storage === 'session') {
        session.set(name, value);
        noteStoredSecret(`session:${name}`, value);
        return;
      }
      await keychain.set(name, value);
      // Saved for good now: a copy kept for the session would only hide a later change in the keychain.
      session.delete(name);
      noteStoredSecret(`session:${name}`, null);
    },
    forget: async (name) => {
      const hadSessionCopy = session.delete(name);
      noteStoredSecret(`session:${name}`, null);
      try {
        return (await keychain.forget(name)) || hadSessionCopy;
      } catch (error) {
        // No keychain to ask: what this session kept is forgotten, and that is all there was to forget here.
        if (hadSessionCopy && error instanceof AppError) return true;
        throw error;
      }
    },
    source: async (name) => (session.has(name) ? 'session' : keychain.source(name)),
    probe: () => keychain.probe(),
  };
}
