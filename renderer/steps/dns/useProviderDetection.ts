import { useEffect, useState } from 'react';
import { isProviderId, type ProviderId } from '../../../shared/dns/providers';
import { assistant } from '../../bridge';
import { useWizard } from '../../wizard-context';

export type Detection = 'chosen' | 'detecting' | 'detected' | 'not-detected' | 'offline';

/**
 * The DNS provider whose form the records are written for: the one saved, else (online) the one the
 * domain's nameservers belong to, saved at once so the next visit does not ask again.
 */
export function useProviderDetection(domain: string, offline: boolean) {
  const { settings, patchSettings } = useWizard();
  const saved = settings.dns?.provider;
  const savedId = saved && isProviderId(saved) ? saved : undefined;
  const [outcome, setOutcome] = useState<{ domain: string; found: ProviderId | null } | undefined>();
  const [chosenByHand, setChosenByHand] = useState(false);

  useEffect(() => {
    if (savedId || offline || !domain) return;
    let current = true;
    void assistant()
      .dnsDetectProvider({ domain })
      .then(async (result) => {
        if (!current) return;
        const found = result.ok ? result.value.provider : null;
        setOutcome({ domain, found });
        if (found) await patchSettings({ dns: { provider: found } });
      });
    return () => {
      current = false;
    };
  }, [savedId, offline, domain, patchSettings]);

  const answered = outcome?.domain === domain;
  const detection: Detection = offline
    ? 'offline'
    : chosenByHand
      ? 'chosen'
      : answered
        ? outcome.found
          ? 'detected'
          : 'not-detected'
        : savedId
          ? 'chosen'
          : 'detecting';
  return {
    provider: (savedId ?? 'generic') as ProviderId,
    detection,
    choose: (id: ProviderId) => {
      setChosenByHand(true);
      void patchSettings({ dns: { provider: id } });
    },
  };
}
