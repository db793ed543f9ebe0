import { useKeychainStatus, useSettings } from '../../data/queries';

/** Whether the core can talk to Mailjet: an API key in the settings and its secret in the keychain (or this session's memory). */
export function useMailjetKeysSaved(): boolean | undefined {
  const { settings } = useSettings();
  const status = useKeychainStatus();
  if (!settings.mailjet?.apiKey) return false;
  // A secret kept for this session only (no keychain) serves as well as one in the keychain.
  if (status.data) return status.data.secrets.mailjet.saved;
  return status.error ? false : undefined;
}
