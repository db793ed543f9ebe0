import { useEffect, useState } from 'react';
import { assistant } from '../../bridge';
import { useWizard } from '../../wizard-context';

/** Whether the core can talk to Mailjet: an API key in the settings and its secret in the keychain (or this session's memory). */
export function useMailjetKeysSaved(): boolean | undefined {
  const { settings } = useWizard();
  const apiKey = settings.mailjet?.apiKey;
  const [secretSaved, setSecretSaved] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void assistant()
      .keychainStatus({})
      .then((result) => {
        // A secret kept for this session only (no keychain) serves as well as one in the keychain.
        if (current) setSecretSaved(result.ok && result.value.secrets.mailjet.saved);
      });
    return () => {
      current = false;
    };
  }, [apiKey]);
  if (!apiKey) return false;
  return secretSaved;
}
