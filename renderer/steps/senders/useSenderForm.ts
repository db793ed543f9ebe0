import type { AddressRole } from '@shared/mail-addresses';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ErrorPayload } from '@shared/errors';
import { useSettingsWrite } from '../../data/mutations';
import { useSettings } from '../../data/queries';
import { useWizard } from '../../wizard-context';
import {
  cleanDomain,
  defaultDnsAccess,
  defaultEmailType,
  effectiveAddresses,
  isOdooOwnedDomain,
  rememberedDomain,
  type EmailType,
  type OdooAddresses,
  type SenderChoices,
} from './sender-choices';

type DomainSource = 'typed' | 'odoo' | 'saved';

/**
 * The senders form, saved as it changes: the domain in the DNS settings (the next step reads it from
 * there), the other choices beside the Mailjet settings. Text fields are saved when the user leaves
 * them, so a half-typed address never reaches the settings.
 *
 * The domain shown: what the user is typing, else the one saved, else Odoo's alias domain, else the
 * last one set up in Mailjet (or the demo's).
 */
export function useSenderForm(odoo: OdooAddresses | undefined) {
  const { demo, progress, reopenStep } = useWizard();
  const { settings } = useSettings();
  const patchSettings = useSettingsWrite();
  // A choice shows at once; the settings catch up a moment later (and a refused save takes it back).
  const [unsaved, setUnsaved] = useState<Partial<SenderChoices>>({});
  const saved = settings.mailjet?.senderChoices;
  const choices: SenderChoices = useMemo(() => ({ ...saved, ...unsaved }), [saved, unsaved]);
  const savedDomain = settings.dns?.domain;
  const [typed, setTyped] = useState<string | undefined>();
  const [saveError, setSaveError] = useState<ErrorPayload | undefined>();
  const domainText = typed ?? savedDomain ?? odoo?.domain ?? settings.mailjet?.lastDomain ?? demo.domain ?? '';
  const domain = cleanDomain(domainText);
  const source: DomainSource =
    typed !== undefined ? 'typed' : odoo && cleanDomain(odoo.domain) === domain ? 'odoo' : 'saved';

  const saveDomain = useCallback(
    async (text: string) => {
      const clean = cleanDomain(text);
      if (!clean || clean === savedDomain) return;
      const error = await patchSettings({ dns: { domain: clean } });
      setSaveError(error);
      // The records and the check of a finished DNS step were for the old domain.
      if (progress.completed.includes('dns')) reopenStep('dns');
    },
    [patchSettings, progress.completed, reopenStep, savedDomain],
  );

  // Odoo's alias domain, the first time it is read, becomes the saved starting point.
  useEffect(() => {
    if (!savedDomain && typed === undefined && odoo?.domain)
      void patchSettings({ dns: { domain: cleanDomain(odoo.domain) } });
  }, [savedDomain, typed, odoo?.domain, patchSettings]);

  const saveChoices = useCallback(
    async (change: Partial<SenderChoices>) => {
      setUnsaved((before) => ({ ...before, ...change }));
      const error = await patchSettings({ mailjet: { senderChoices: { ...choices, ...change } } });
      setSaveError(error);
      if (error) setUnsaved((before) => Object.fromEntries(Object.entries(before).filter(([key]) => !(key in change))));
    },
    [choices, patchSettings],
  );

  const remembered = rememberedDomain(settings, domain);
  const odooOwned = isOdooOwnedDomain(domain);
  const dnsAccess = !odooOwned && defaultDnsAccess(choices, remembered);
  const emailType = defaultEmailType(choices, remembered, settings);
  const addresses = effectiveAddresses(domain, choices, odoo);

  return {
    domain,
    domainText,
    domainSource: source,
    setDomainText: setTyped,
    commitDomain: () => saveDomain(domainText),
    odooOwned,
    dnsAccess,
    setDnsAccess: (value: boolean) => saveChoices({ dnsAccess: value }),
    emailType,
    setEmailType: (value: EmailType) => saveChoices({ emailType: value }),
    addresses,
    /** An empty address goes back to the default instead of being saved empty. */
    setAddress: (role: AddressRole, text: string) => {
      const value = text.trim();
      if (value === addresses[role]) return;
      void saveChoices({ [role]: value || undefined });
    },
    remembered,
    saveError,
    clearSaveError: () => setSaveError(undefined),
  };
}

export type SenderForm = ReturnType<typeof useSenderForm>;
