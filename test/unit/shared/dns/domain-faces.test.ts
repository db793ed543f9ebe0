import { describe, expect, it } from 'vitest';
import { dispatch } from '@main/core/dispatch';
import { resolveAddresses } from '@main/core/mailjet/addresses';
import { normaliseDomain, sendingDomain } from '@shared/dns/domain';
import { settingsSchema } from '@shared/settings';
import { cli } from '@test/support/cli';
import { testCore } from '@test/support/core';

// One domain rule for every face (issue 12): whatever a user types or pastes as "the domain" reaches the
// same answer, or the same refusal, through the shared normaliser, the contract and dispatch, the core of
// each step and the command line. Before, the Mailjet step kept "www." and took no pasted address, had its
// own error codes, and the Odoo guide printed the DNS step's text as it was typed. One parse has two
// documented views: the DNS step's records are for the registrable domain (it says when it left a
// subdomain out), the sending domain (Mailjet, Odoo's From filter) keeps a subdomain of its own.

type Answer = string | { refused: string };

/** The sending domain where it differs from the DNS step's registrable domain. */
const SENDING: Record<string, string> = {
  'mail.example.co.uk': 'mail.example.co.uk',
  'shop.example.net': 'shop.example.net',
};

const TABLE: [string, Answer][] = [
  ['Caffè-Rossi.IT', 'xn--caff-rossi-26a.it'],
  ['EXAMPLE.IT', 'example.it'],
  ['example.it.', 'example.it'],
  ['  example.it  ', 'example.it'],
  ['example . it', 'example.it'],
  ['https://www.example.it/contatti?x=1', 'example.it'],
  ['info@Example.it', 'example.it'],
  ['mailto:info@example.it', 'example.it'],
  ['mail.example.co.uk', 'example.co.uk'],
  ['shop.example.net', 'example.net'],
  ['', { refused: 'dns.invalid-domain' }],
  ['exa mple.it', { refused: 'dns.invalid-domain' }],
  ['192.168.1.10', { refused: 'dns.invalid-domain' }],
  ['co.uk', { refused: 'dns.public-suffix' }],
];

function answerOf(work: () => string): Answer {
  try {
    return work();
  } catch (error) {
    return { refused: (error as { code: string }).code };
  }
}

type Failure = { ok: false; error: { code: string } };
const refusal = (result: { ok: boolean }) => ({ refused: (result as Failure).error.code });

describe.each(TABLE)('the domain typed as %j', (typed, registrable) => {
  const expected = SENDING[typed] ?? registrable;

  it('is the same domain for the shared normaliser and the Mailjet core', () => {
    expect(answerOf(() => normaliseDomain(typed).ascii)).toEqual(registrable);
    expect(answerOf(() => sendingDomain(typed))).toEqual(expected);
    expect(answerOf(() => resolveAddresses(typed).domain)).toEqual(expected);
  });

  it('is the same domain through the contract and dispatch (DNS records, Odoo guide, Mailjet setup)', async () => {
    const { core } = testCore();
    const records = await dispatch(core, 'dnsRecords', { domain: typed });
    expect(records.ok ? (records.value as { domain: { ascii: string } }).domain.ascii : refusal(records)).toEqual(
      registrable,
    );

    const guide = await dispatch(core, 'odooGuide', { domain: typed });
    if (typed === '') {
      expect(guide.ok).toBe(true); // the guide's domain is optional: an empty one is one not given
    } else {
      const fromFilter = guide.ok
        ? (guide.value as { steps: { fields?: { id: string; value: { kind: string; text?: string } }[] }[] }).steps
            .flatMap((step) => step.fields ?? [])
            .find((field) => field.id === 'fromFilter')?.value.text
        : refusal(guide);
      expect(fromFilter).toEqual(expected);
    }

    // Mailjet setup reads the domain before the keychain: a refused domain is named, a good one gets as
    // far as asking for the keys.
    const setup = await dispatch(core, 'mailjetSetup', { domain: typed });
    expect(refusal(setup)).toEqual(typeof expected === 'string' ? { refused: 'mailjet.no-api-key' } : expected);
  });

  it('is kept by the settings when a step can use it, and refused with the same code when not', () => {
    // The wizard saves the domain field as typed; an empty field is kept as "nothing typed yet".
    const saved = settingsSchema.safeParse({ dns: { domain: typed } });
    if (typeof expected === 'string' || typed === '') expect(saved.success).toBe(true);
    else if (expected.refused === 'dns.invalid-domain')
      expect(saved.error?.issues[0]?.message).toBe('dns.invalid-domain');
  });

  it('is the same domain on the command line', async () => {
    const records = await cli(['dns', 'records', '--domain', typed, '--json']);
    if (typeof expected === 'string') {
      expect(records.code).toBe(0);
      const spf = (JSON.parse(records.stdout) as { purpose: string; name: string }[]).find(
        (record) => record.purpose === 'spf',
      );
      expect(spf?.name.replace(/\.$/, '')).toBe(registrable);
    } else {
      expect(records.code).toBe(2);
      expect(JSON.parse(records.stdout)).toMatchObject({ ok: false, error: { code: expected.refused } });
    }
    const setup = await cli(['mailjet', 'setup', '--domain', typed, '--json']);
    expect(JSON.parse(setup.stdout)).toMatchObject({
      ok: false,
      error: { code: typeof expected === 'string' ? 'mailjet.no-api-key' : expected.refused },
    });
  });
});
