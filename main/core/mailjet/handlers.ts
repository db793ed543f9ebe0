import type { mailjetChannels } from '@shared/contract/mailjet';
import { sendingDomain } from '@shared/dns/domain';
import { AppError } from '@shared/errors';
import type { CoreDeps, HandlerTable } from '../context';
import { secretHint, storedIn } from '../secret-hint';
import { rememberSecret } from '../redaction';
import { connect, connectWithStoredKeys, currentRegion } from './account';
import { resolveAddresses } from './addresses';
import type { MailjetClientTuning } from './client';
import { lastDomain, readDomainState, writeDomainState } from './domain-state';
import { rememberedAddresses } from './domain-view';
import { runMailjetSetup, type RunContext } from './setup';
import { readMailjetStatus } from './status';

// The Mailjet channels: keys, setup, status. Every call builds its own client from the current
// settings and keychain, so a key saved in one face is used by the next call from any face.

export function createMailjetHandlers(
  deps: CoreDeps,
  tuning: MailjetClientTuning = {},
): HandlerTable<keyof typeof mailjetChannels> {
  const runContext = (signal: AbortSignal, progress: RunContext['progress']): RunContext => ({
    signal,
    progress,
    persist: (state) => writeDomainState(deps.settings, state),
    now: () => new Date(),
  });

  return {
    mailjetSaveKeys: async ({ apiKey, secretKey, region, sessionOnly }, { signal }) => {
      rememberSecret(secretKey);
      const chosenRegion = region ?? currentRegion(deps);
      const access = connect(deps, apiKey, secretKey, chosenRegion, tuning);
      // Mailjet first: a pair it refuses never reaches the settings or the keychain.
      const senderCount = await access.api.countSenders(signal);
      const before = deps.settings.read().mailjet?.apiKey;
      // Senders belong to one key: what was remembered for another key is of no use any more.
      deps.settings.patch({
        mailjet: {
          apiKey,
          region: chosenRegion,
          ...(before && before !== apiKey ? { domains: undefined, lastDomain: undefined } : {}),
        },
      });
      await deps.keychain.set('mailjet', secretKey, sessionOnly ? 'session' : 'keychain');
      const endsWith = secretHint(secretKey);
      const source = await storedIn(deps.keychain, 'mailjet', sessionOnly);
      return {
        saved: true as const,
        source,
        apiKey,
        region: chosenRegion,
        host: access.client.endpoint.hostname,
        senderCount,
        ...(endsWith ? { endsWith } : {}),
      };
    },

    mailjetVerify: async (_input, { signal }) => {
      const access = await connectWithStoredKeys(deps, tuning);
      const senderCount = await access.api.countSenders(signal);
      const endsWith = secretHint((await deps.keychain.get('mailjet')) ?? '');
      return {
        apiKey: access.apiKey,
        region: access.region,
        host: access.client.endpoint.hostname,
        senderCount,
        ...(endsWith ? { endsWith } : {}),
      };
    },

    mailjetSetup: async ({ domain, addresses, emailType, activationEmails }, { signal, progress }) => {
      // Input first, so a typo is reported before the keychain is even asked.
      const resolved = resolveAddresses(domain, addresses ?? {});
      const access = await connectWithStoredKeys(deps, tuning);
      const previous = readDomainState(deps.settings, resolved.domain, access.apiKey);
      return runMailjetSetup(
        access.api,
        access.apiKey,
        { addresses: resolved, ...(emailType ? { emailType } : {}), activationEmails: activationEmails ?? 'no' },
        previous,
        runContext(signal, progress),
      );
    },

    mailjetStatus: async ({ domain, check, addresses }, { signal, progress }) => {
      const named = domain ?? lastDomain(deps.settings);
      if (!named) throw new AppError('mailjet.no-domain');
      const normalised = sendingDomain(named);
      const access = await connectWithStoredKeys(deps, tuning);
      const previous = readDomainState(deps.settings, normalised, access.apiKey);
      const resolved = resolveAddresses(normalised, { ...rememberedAddresses(previous), ...addresses });
      return readMailjetStatus(
        access.api,
        access.apiKey,
        resolved,
        previous,
        { check: check ?? false },
        runContext(signal, progress),
      );
    },
  };
}
