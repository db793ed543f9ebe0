import { AsyncEntry } from '@napi-rs/keyring';
import { AppError } from '@shared/errors';
import type { SecretName } from '@shared/contract/app';
import type { DnsApiProvider } from '@shared/contract/publish';
import { noteStoredSecret, rememberSecret } from '../core/redaction';
import { KEYCHAIN_SERVICE } from './paths';
import { providerCredentialFromEnvironment } from './provider-environment';

// The OS keychain is the only place a secret is ever written. On Linux the store is pinned to the
// Secret Service: the library's fallback, the kernel keyring, lives in memory and would silently lose
// the keys at the next reboot, which is worse than telling the user the keychain is not running.

/** Where a saved secret is kept: the system keychain, or this process's memory only (gone when it ends). */
export type SecretStorage = 'keychain' | 'session';

/** What the keychain keeps: the Mailjet and Odoo secrets, and a DNS provider's credential (issue 14). */
export type StoredSecretName = SecretName | DnsApiProvider;

export interface Keychain {
  get(name: StoredSecretName): Promise<string | null>;
  /** `session`: kept in the main process's memory only, never written anywhere. */
  set(name: StoredSecretName, value: string, storage?: SecretStorage): Promise<void>;
  /** True when something was there to forget. */
  forget(name: StoredSecretName): Promise<boolean>;
  /** Where a value comes from, for the status shown to the user. */
  source(name: StoredSecretName): Promise<SecretStorage | 'environment' | null>;
  /** Resolves when the system keychain can be used; otherwise throws why not (unavailable, locked, failed). */
  probe(): Promise<void>;
}

export const KEYCHAIN_ACCOUNTS: Record<StoredSecretName, string> = {
  mailjet: 'mailjet-secret-key',
  odoo: 'odoo-password',
  cloudflare: 'cloudflare-dns-credential',
  ovh: 'ovhcloud-dns-credential',
};

/** The keyring library speaks in platform messages; the user needs to know which of three things is wrong. */
export function keychainErrorFrom(error: unknown): AppError {
  const message = error instanceof Error ? error.message : String(error);
  if (
    /dbus|autolaunch|ServiceUnknown|was not provided by any \.service|no such (file|interface)|connection refused/i.test(
      message,
    )
  ) {
    return new AppError('keychain.unavailable');
  }
  if (/no result found|locked|prompt|dismissed|does not exist at path|AccessDenied/i.test(message)) {
    return new AppError('keychain.locked');
  }
  return new AppError('keychain.failed');
}

export function createOsKeychain(service = KEYCHAIN_SERVICE): Keychain {
  const entry = (name: StoredSecretName) => {
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
    set: async (name, value, storage = 'keychain') => {
      // Scrubbed even if the keychain refuses it; counted as stored only once it is.
      rememberSecret(value);
      // A secret meant for this session only must never reach the disk: the session layer keeps those.
      // Our own bug if it happens, so it is not dressed up as a keychain failure.
      if (storage === 'session') throw new Error('a session-only secret was handed to the OS keychain');
      await guarded(() => entry(name).setPassword(value));
      noteStoredSecret(name, value);
    },
    forget: (name) =>
      guarded(async () => {
        const forgotten = await entry(name).deletePassword();
        noteStoredSecret(name, null);
        return forgotten;
      }),
    source: async (name) => ((await keychain.get(name)) === null ? null : 'keychain'),
    // A read is enough: it needs the Secret Service running and the collection unlocked, and changes nothing.
    probe: async () => {
      await keychain.get('mailjet');
    },
  };
  return keychain;
}

/**
 * Secrets in this process's memory, forgotten when it ends. `storage` says what the store plays: a
 * stand-in for the system keychain (tests), or the session store itself (the demo, "this session only").
 * A value set with `session` reports `session` either way.
 */
export function createMemoryKeychain(storage: SecretStorage = 'keychain'): Keychain {
  const values = new Map<StoredSecretName, { value: string; storage: SecretStorage }>();
  return {
    get: async (name) => values.get(name)?.value ?? null,
    set: async (name, value, asked = storage) => {
      noteStoredSecret(name, value);
      values.set(name, { value, storage: asked === 'session' ? 'session' : storage });
    },
    forget: async (name) => {
      noteStoredSecret(name, null);
      return values.delete(name);
    },
    source: async (name) => values.get(name)?.storage ?? null,
    probe: async () => {},
  };
}

export const SECRET_ENVIRONMENT: Record<SecretName, string> = {
  mailjet: 'MAILJET_SECRET_KEY',
  odoo: 'ODOO_PASSWORD',
};

/** For scripts: a secret in the environment wins over the keychain, and the keychain is not touched. */
export function withEnvironmentSecrets(keychain: Keychain, env: NodeJS.ProcessEnv): Keychain {
  const fromEnv = (name: StoredSecretName) => {
    const value =
      name === 'mailjet' || name === 'odoo'
        ? env[SECRET_ENVIRONMENT[name]]
        : providerCredentialFromEnvironment(name, env);
    if (value) noteStoredSecret(`environment:${name}`, value);
    return value || null;
  };
  return {
    get: async (name) => fromEnv(name) ?? keychain.get(name),
    set: (name, value, storage) => keychain.set(name, value, storage),
    forget: (name) => keychain.forget(name),
    source: async (name) => (fromEnv(name) ? 'environment' : keychain.source(name)),
    probe: () => keychain.probe(),
  };
}
