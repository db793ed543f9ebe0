import { useEffect, useState } from 'react';
import { isProviderId, type ProviderId } from '@shared/dns/providers';
import { useSettingsWrite } from '../../data/mutations';
import { useDnsProvider, useSettings } from '../../data/queries';

export type Detection = 'chosen' | 'detecting' | 'detected' | 'not-detected' | 'offline';

/**
 * The DNS provider whose form the records are written for: the one saved, else (online) the one the
 * domain's nameservers belong to, saved at once so the next visit does not ask again.
 */
export function useProviderDetection(domain: string, offline: boolean) {
  const { settings } = useSettings();
  const patchSettings = useSettingsWrite();
  const saved = settings.dns?.provider;
  const savedId = saved && isProviderId(saved) ? saved : undefined;
  // Asked once per domain while none is saved; the answer stays for this page's life.
  const detected = useDnsProvider(domain, !savedId && !offline);
  const [chosenByHand, setChosenByHand] = useState(false);

  const found = detected.data?.provider ?? null;
  useEffect(() => {
    // Saved once (then it is the saved one); a choice by hand wins.
    if (found && !savedId && !chosenByHand) void patchSettings({ dns: { provider: found } });
  }, [found, savedId, chosenByHand, patchSettings]);

  const answered = !offline && (!!detected.data || !!detected.error);
  const detection: Detection = offline
    ? 'offline'
    : chosenByHand
      ? 'chosen'
      : answered
        ? found
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
