import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { handoffSheet } from '@shared/dns/formats/handoff';
import { recordsText } from '@shared/dns/formats/text';
import { providerForm } from '@shared/dns/provider-form';
import { PROVIDER_IDS } from '@shared/dns/providers';
import { prepareRecords } from '@shared/dns/records';
import { createTranslator } from '@shared/i18n';
import { dkimValue } from '../keys';

const prepared = prepareRecords({
  domain: 'caffè-rossi.it',
  mailjet: { ownershipName: 'mailjet._1a2b3c4d', ownershipValue: '1a2b3c4d5e6f', dkimValue: dkimValue(2048) },
  existingSpf: 'v=spf1 include:_spf.google.com -all',
  odooOnline: true,
  dmarcRua: 'dmarc@caffè-rossi.it',
});
const t: Record<'it' | 'en', TFunction> = {} as never;

beforeAll(async () => {
  for (const language of ['it', 'en'] as const) {
    const i18n = await createTranslator(language);
    t[language] = i18n.t.bind(i18n);
  }
});

/** A key that reached the page untranslated shows up as "dns.something". */
const rawKeys = (text: string) => text.match(/\bdns\.[a-z]+\.[a-z-]+/g) ?? [];

describe('handoffSheet', () => {
  it('is a complete page in Italian, with the records, the form and how to tell it worked', () => {
    const html = handoffSheet(t.it, prepared, providerForm(prepared, 'aruba'), { generatedAt: '2025-03-01' });
    expect(html).toMatch(/^<!doctype html>\n<html lang="it">/);
    expect(html).toContain('Record DNS da aggiungere per caffè-rossi.it');
    expect(html).toContain('Come compilare il modulo di Aruba');
    expect(html).toContain('nslookup -type=TXT mailjet._domainkey.xn--caff-rossi-26a.it');
    expect(html).toContain('mailjet._domainkey.xn--caff-rossi-26a.it. 3600 IN TXT');
    expect(html).toContain('v=spf1 include:_spf.google.com include:_spf.odoo.com include:spf.mailjet.com -all');
    expect(html).toContain('Preparato il 2025-03-01');
    expect(html).toContain('Record: 5 modifiche da fare');
    expect(rawKeys(html)).toEqual([]);
  });

  it('is the same page in English', () => {
    const html = handoffSheet(t.en, prepared, providerForm(prepared, 'generic'));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('DNS records to add for caffè-rossi.it');
    expect(html).toContain('Edit the SPF record you already have');
    expect(html).not.toContain('Prepared on');
    expect(rawKeys(html)).toEqual([]);
  });

  it('prints on its own: a print style, no scripts, nothing loaded from elsewhere', () => {
    const html = handoffSheet(t.en, prepared, providerForm(prepared, 'generic'));
    expect(html).toContain('@page');
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//i);
  });

  it('escapes whatever it shows', () => {
    const hostile = { ...prepared, records: [{ ...prepared.records[0]!, value: '<img onerror=x>"&' }] };
    const html = handoffSheet(t.en, hostile, providerForm(hostile, 'generic'));
    expect(html).toContain('&lt;img onerror=x&gt;&quot;&amp;');
    expect(html).not.toContain('<img');
  });

  it('has every sentence it needs for every provider, in both languages', () => {
    for (const id of PROVIDER_IDS) {
      for (const language of ['it', 'en'] as const) {
        const form = providerForm(prepared, id);
        expect(rawKeys(handoffSheet(t[language], prepared, form)), `${id} ${language}`).toEqual([]);
        expect(rawKeys(recordsText(t[language], prepared, form)), `${id} ${language}`).toEqual([]);
      }
    }
  });
});

describe('recordsText', () => {
  it('puts host and value on lines of their own, and lists what Mailjet still has to give', () => {
    const bare = prepareRecords({ domain: 'example.it' });
    const text = recordsText(t.en, bare, providerForm(bare, 'generic'));
    expect(text).toContain('DNS records for example.it');
    expect(text).toMatch(/\n {3}Host +@\n/);
    expect(text).toMatch(/\n {3}Value +v=spf1 include:spf\.mailjet\.com ~all\n/);
    expect(text).toContain('Mailjet DKIM key: Mailjet shows it once the domain is validated');
  });
});
