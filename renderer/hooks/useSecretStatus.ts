import type { SecretName } from '@shared/contract/app';
import type { ErrorPayload } from '@shared/errors';
import { useKeychainStatus } from '../data/queries';

/**
 * One secret as the keychain reports it (saved or not, its last characters, where it is kept), and why
 * no keychain answers, if none does. No keychain is not a dead end: the secret can still be kept for this
 * session only (`sessionOnly`), and one kept so counts as saved.
 */
export function useSecretStatus(name: SecretName) {
  const status = useKeychainStatus();
  const value = status.data;
  const keychainError: ErrorPayload | undefined =
    status.error ?? (value && !value.available ? { code: value.errorCode ?? 'keychain.unavailable' } : undefined);
  return {
    secret: value?.secrets[name],
    keychainError,
    sessionOnly: !!keychainError,
    /** Read since the step opened (or answered with an error). */
    fresh: status.fresh,
    reload: status.reload,
  };
}
