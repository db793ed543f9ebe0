import { describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/contract';
import { MAILJET_DNS_VALUE_LIMITS, type MailjetDnsValues } from '@shared/dns/mailjet-values';
import { settingsSchema } from '@shared/settings';
import { dkimValue } from './keys';

// One schema for Mailjet's DNS values: what Mailjet hands over (or the user pastes) is accepted, or
// refused, alike by the DNS contract, the Mailjet report, and both places the settings keep it. Before,
// the pasted values and the DNS contract took up to 600/8192 characters, the Mailjet side 512/4096.

const report = (dns: MailjetDnsValues) => ({
  domain: 'example.it',
  emailType: 'transactional',
  domainValidated: false,
  senders: [],
  dns,
  requestCount: 0,
});

/** Whether each consumer accepts the values: the DNS contract, the Mailjet report, the settings (last setup, pasted). */
function acceptedBy(values: MailjetDnsValues) {
  const pasted = {
    ...(values.ownershipName !== undefined ? { ownershipName: values.ownershipName } : {}),
    ...(values.ownershipValue !== undefined ? { ownershipValue: values.ownershipValue } : {}),
    ...(values.dkimValue !== undefined ? { dkimValue: values.dkimValue } : {}),
  };
  const remembered = {
    domain: 'example.it',
    apiKey: 'abcdef0123456789',
    emailType: 'transactional',
    senders: {},
    dns: values,
    updatedAt: '2026-01-01T00:00:00Z',
  };
  return {
    dnsContract: CHANNELS.dnsRecords.input.safeParse({ domain: 'example.it', mailjet: values }).success,
    mailjetReport: CHANNELS.mailjetSetup.result.shape.dns.safeParse(report(values).dns).success,
    settingsLastSetup: settingsSchema.safeParse({ mailjet: { domains: [remembered] } }).success,
    ...(Object.keys(pasted).length
      ? { settingsPasted: settingsSchema.safeParse({ dns: { pastedMailjet: pasted } }).success }
      : {}),
  };
}

describe("Mailjet's DNS values, one schema", () => {
  it('holds a real 4096-bit DKIM key, pasted as split quoted strings, everywhere', () => {
    const key = dkimValue(4096);
    const split = key
      .match(/.{1,255}/g)!
      .map((part) => `"${part}"`)
      .join('\n');
    expect(split.length).toBeLessThanOrEqual(MAILJET_DNS_VALUE_LIMITS.dkimValue);
    expect(
      Object.values(
        acceptedBy({
          dkimValue: split,
          ownershipName: `mailjet._1a2b3c4d.${'a'.repeat(60)}.example.it.`,
          ownershipValue: 'ab'.repeat(16),
        }),
      ),
    ).not.toContain(false);
  });

  it.each(Object.entries(MAILJET_DNS_VALUE_LIMITS))(
    'takes %s up to %i characters, and one more nowhere',
    (field, limit) => {
      const at = acceptedBy({ [field]: 'a'.repeat(limit) });
      const over = acceptedBy({ [field]: 'a'.repeat(limit + 1) });
      expect(Object.values(at)).not.toContain(false);
      expect(Object.values(over)).not.toContain(true);
    },
  );
});
