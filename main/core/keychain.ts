import { AsyncEntry } from '@napi-rs/keyring';
import { AppError } from '../../shared/errors';
import type { SecretName } from '../../shared/contract/app';
import { noteStoredSecret, rememberSecret } from './redaction';

// The OS keychain is the only place a secret is ever written. On Linux the store is pinned to the
// Secret Service: the library's fallback, the kernel keyring, lives in memory and would silently lose
// the keys at the next reboot, which is worse than telling the user the keychain is not running.

export interface Keychain {
  get(name: SecretName): Promise<string | null>;
  set(name: SecretName, value: string): Promise<void>;
  /** True when something was there to forget. */
  forget(name: SecretName): Promise<boolean>;
  /** Where a value comes from, for the status shown to the user. */
  source(name: SecretName): Promise<'keychain' | 'environment' | null>;
}

export const KEYCHAIN_SERVICE = 'mailjet-odoo-assistant';

export const KEYCHAIN_ACCOUNTS: Record<SecretName, string> = {
  mailjet: 'mailjet-secret-key',
  odoo: 'odoo-password',
};

/** The keyring library speaks in platform messages; the user needs to know which of three things is wrong. */
export function keychainErrorFrom(error: unknown): AppError {
  const message = error instanceof Error ? error.message : String(error);
  if (/dbus|autolaunch|ServiceUnknown|was not provided by any \.service|no such (file|interface)|connection refused/i.test(message)) {
    return new AppError('keychain.unavailable');
  }
  if (/no result found|locked|prompt|dismissed|does not exist at path|AccessDenied/i.test(message)) {
    return new AppError('keychain.locked');
  }
  return new AppError('keychain.failed');
}

export function createOsKeychain(service = KEYCHAIN_SERVICE): Keychain {
  const entry = (name: SecretName) => {
    try {
      return new AsyncEntry(service, KEYCHAIN_ACCOUNTS[name], { linux: { store: 'secret-service' } });
    } catch (error) {
      throw keychainErrorFrom(error);
    }
  };
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw error instanceof AppError ? error : keychainErrorFrom(error);
    }
  };
  const keychain: Keychain = {
    get: (name) =>
      guarded(async () => {
        const value = await entry(name).getPassword();
        noteStoredSecret(name, value);
        return value;
      }),
    set: (name, value) =>
      guarded(async () => {
        // Scrubbed even if the keychain refuses it; counted as stored only once it is.
        rememberSecret(value);
        await entry(name).setPassword(value);
        noteStoredSecret(name, value);
      }),
    forget: (name) =>
      guarded(async () => {
        const forgotten = await entry(name).deletePassword();
        noteStoredSecret(name, null);
        return forgotten;
      }),
    source: async (name) => ((await keychain.get(name)) === null ? null : 'keychain'),
  };
  return keychain;
}

/** A keychain that forgets everything when the process ends: unit tests, and machines with none. */
export function createMemoryKeychain(): Keychain {
  const values = new Map<SecretName, string>();
  return {
    get: async (name) => values.get(name) ?? null,
    set: async (name, value) => {
      noteStoredSecret(name, value);
      values.set(name, value);
    },
    forget: async (name) => {
      noteStoredSecret(name, null);
      return values.delete(name);
    },
    source: async (name) => (values.has(name) ? 'keychain' : null),
  };
}

export const SECRET_ENVIRONMENT: Record<SecretName, string> = {
  mailjet: 'MAILJET_SECRET_KEY',
  odoo: 'ODOO_PASSWORD',
};

/** For scripts: a secret in the environment wins over the keychain, and the keychain is not touched. */
export function withEnvironmentSecrets(keychain: Keychain, env: NodeJS.ProcessEnv): Keychain {
  const fromEnv = (name: SecretName) => {
    const value = env[SECRET_ENVIRONMENT[name]];
    if (value) noteStoredSecret(`environment:${name}`, value);
    return value || null;
  };
  return {
    get: async (name) => fromEnv(name) ?? keychain.get(name),
    set: (name, value) => keychain.set(name, value),
    forget: (name) => keychain.forget(name),
    source: async (name) => (fromEnv(name) ? 'environment' : keychain.source(name)),
  };
}

/** The last four characters, shown so the user can tell which key is stored; none for short secrets
 * such as passwords, where four characters would give away too much. */
export function secretHint(secret: string): string | undefined {
  return secret.length >= 16 ? secret.slice(-4) : undefined;
}
