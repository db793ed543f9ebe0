import type { Keychain, SecretStorage, StoredSecretName } from '../host/keychain';

// How the work speaks of a stored secret without showing it: where it is kept, and its last characters.

/** Where a secret just saved is kept: the demo's keychain keeps everything for the session only. */
export async function storedIn(
  keychain: Keychain,
  name: StoredSecretName,
  sessionOnly: boolean | undefined,
): Promise<SecretStorage> {
  return sessionOnly || (await keychain.source(name)) === 'session' ? 'session' : 'keychain';
}

/** The last four characters, shown so the user can tell which key is stored; none for short secrets
 * such as passwords, where four characters would give away too much. */
export function secretHint(secret: string): string | undefined {
  return secret.length >= 16 ? secret.slice(-4) : undefined;
}
