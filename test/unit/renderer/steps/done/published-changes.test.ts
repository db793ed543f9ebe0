import { describe, expect, it } from 'vitest';
import { createTranslator } from '@shared/i18n';
import { prepareRecords } from '@shared/dns/records';
import { buildChecklist, type ChecklistInput } from '@renderer/steps/done/checklist';

// The Done step lists what "publish for me" changed, each change with the value it replaced, so the
// user can undo it by hand from the report alone.

describe('the Done checklist after publishing through a DNS provider', () => {
  it('lists every change with what was there before (Italian)', async () => {
    const { t } = await createTranslator('it');
    const prepared = prepareRecords({ domain: 'example.com' });
    const idle = { running: false } as const;
    const input: ChecklistInput = {
      t,
      language: 'it',
      path: 'dns-only',
      completed: [],
      demo: false,
      settings: {
        dns: {
          domain: 'example.com',
          published: {
            at: '2026-12-03T10:00:00.000Z',
            provider: 'cloudflare',
            zone: 'example.com',
            changes: [
              {
                purpose: 'spf',
                action: 'update',
                type: 'TXT',
                name: 'example.com',
                value: 'v=spf1 include:_spf.google.com include:spf.mailjet.com -all',
                previous: 'v=spf1 include:_spf.google.com -all',
              },
              {
                purpose: 'dmarc',
                action: 'create',
                type: 'TXT',
                name: '_dmarc.example.com',
                value: 'v=DMARC1; p=none',
              },
            ],
          },
        },
      },
      keychain: idle,
      verify: idle,
      mailjet: idle,
      plan: idle,
      records: {
        running: false,
        result: {
          ...prepared,
          form: {
            provider: {
              id: 'generic',
              name: '',
              rules: { host: 'relative', apex: '@', quotes: 'none', longValues: 'single', cnameTarget: 'plain' },
              unverified: [],
              zoneImport: false,
            },
            rows: [],
            instructions: [],
          },
          existing: { spf: 'none', dmarc: 'none' },
        },
      },
      goTo: () => {},
      readKeys: () => {},
      readMailjet: () => {},
      readPlan: () => {},
      readRecords: () => {},
      activateDemoSenders: () => {},
    };
    const item = buildChecklist(input).find((entry) => entry.id === 'records-published');
    expect(item?.title).toBe('Pubblicati al posto tuo');
    expect(item?.sentence).toContain('2 modifiche tramite Cloudflare');
    expect(item?.entries).toEqual([
      {
        term: "Modifica di TXT example.com (SPF (server autorizzati all'invio))",
        description:
          'Prima: v=spf1 include:_spf.google.com -all — Dopo: v=spf1 include:_spf.google.com include:spf.mailjet.com -all',
      },
      {
        term: 'Aggiunta di TXT _dmarc.example.com (Policy DMARC)'.replace(
          'Policy DMARC',
          t('dns.purposes.dmarc.title'),
        ),
        description: 'Dopo: v=DMARC1; p=none',
      },
    ]);
  });
});
