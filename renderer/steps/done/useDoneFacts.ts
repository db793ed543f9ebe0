import { useCallback, useEffect } from 'react';
import type { ChannelInput } from '@shared/contract';
import type { Settings } from '@shared/settings';
import { useKeychainStatus, useSettings, type KeychainStatus } from '../../data/queries';
import { useOperation, type OperationState } from '../../hooks/useOperation';
import { useWizard } from '../../wizard-context';
import { choicesFromSettings, setupInput } from '../odoo-server/server-choices';

/** The records request the DNS step would make for the saved domain, offline (no lookups), with
 * Mailjet's values: those a setup of that domain remembered, then those pasted by hand. */
export function recordsRequest(settings: Settings): ChannelInput<'dnsRecords'> | undefined {
  const dns = settings.dns;
  if (!dns?.domain) return undefined;
  const domain = dns.domain.toLowerCase();
  const remembered = settings.mailjet?.domains?.find((entry) => entry.domain.toLowerCase() === domain)?.dns;
  const mailjet = { ...remembered, ...dns.pastedMailjet };
  return {
    domain: dns.domain,
    ...(mailjet && Object.keys(mailjet).length ? { mailjet } : {}),
    ...(dns.provider ? { provider: dns.provider } : {}),
    ...(dns.odooOnline !== undefined ? { odooOnline: dns.odooOnline } : {}),
    ...(dns.dmarcRua ? { dmarcRua: dns.dmarcRua } : {}),
  };
}

/**
 * Everything the last step reports, read afresh from the core each time it opens: the keychain, what
 * Mailjet says of the keys and the senders, what Odoo holds (dry run of the saved choices), and for the
 * offline path the records prepared. Each part can be read again on its own.
 */
export function useDoneFacts() {
  const { progress } = useWizard();
  const path = progress.path;
  const read = useSettings();
  const settings = read.fresh ? read.settings : undefined;
  const status = useKeychainStatus();
  const keychain: OperationState<KeychainStatus> = {
    running: status.fetching,
    ...(status.data ? { result: status.data } : {}),
    ...(status.error ? { error: status.error } : {}),
  };
  const verify = useOperation('mailjetVerify');
  const mailjet = useOperation('mailjetStatus');
  const plan = useOperation('odooPlan');
  const records = useOperation('dnsRecords');
  const { reload: reloadSettings } = read;
  const { reload: reloadKeychain } = status;
  const { run: runVerify } = verify;
  const { run: runMailjet } = mailjet;
  const { run: runPlan } = plan;
  const { run: runRecords } = records;

  const readKeys = useCallback(async () => {
    const current = await reloadKeychain();
    // A secret kept for this session only (no keychain) is checked with Mailjet like one in the keychain.
    if (current?.secrets.mailjet.saved) await runVerify({});
  }, [reloadKeychain, runVerify]);

  const readMailjet = useCallback(async () => {
    await runMailjet({});
  }, [runMailjet]);

  const readPlan = useCallback(
    async (from: Settings) => {
      await runPlan(setupInput(choicesFromSettings(from)));
    },
    [runPlan],
  );

  const readRecords = useCallback(
    async (from: Settings) => {
      const request = recordsRequest(from);
      if (request) await runRecords(request);
    },
    [runRecords],
  );

  const readAll = useCallback(async () => {
    const fresh = (await reloadSettings()) ?? {};
    if (path === 'dns-only') return readRecords(fresh);
    await Promise.all([
      readKeys(),
      fresh.mailjet?.lastDomain ? readMailjet() : undefined,
      path === 'automatic' && fresh.odoo?.url ? readPlan(fresh) : undefined,
    ]);
  }, [path, reloadSettings, readKeys, readMailjet, readPlan, readRecords]);

  useEffect(() => {
    void readAll();
  }, [readAll]);

  const running = keychain.running || verify.running || mailjet.running || plan.running || records.running;
  return {
    path,
    settings,
    keychain,
    verify,
    mailjet,
    plan,
    records,
    running: running || !settings,
    readAll,
    readKeys,
    readMailjet,
    readPlan: () => (settings ? readPlan(settings) : Promise.resolve()),
    readRecords: () => (settings ? readRecords(settings) : Promise.resolve()),
  };
}
