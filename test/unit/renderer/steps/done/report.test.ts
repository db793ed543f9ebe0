import { describe, expect, it } from 'vitest';
import { createTranslator } from '@shared/i18n';
import { buildReport } from '@renderer/steps/done/report';

// The saved report: the checklist's sentences in the user's language, dates in their locale, every
// value escaped (a server or domain name comes from outside), and nothing but what the checklist says.

describe('the setup report', () => {
  it('is a self-contained Italian page with dates in the Italian way and escaped values', async () => {
    const { t } = await createTranslator('it');
    const { fileName, html } = buildReport({
      t,
      language: 'it',
      path: 'automatic',
      domain: 'example.com',
      settings: { odoo: { url: 'https://example.odoo.com', db: 'example' } },
      now: new Date(2026, 10, 27, 16, 51),
      items: [
        { id: 'server', title: 'Server', status: 'ok', sentence: 'In place <script>alert(1)</script>' },
        {
          id: 'senders',
          title: 'Mittenti',
          status: 'pending',
          sentence: 'In attesa:',
          entries: [{ term: 'a@example.com', description: 'x & y' }],
          next: 'Fai clic.',
        },
        {
          id: 'keys',
          title: 'Chiavi',
          status: 'error',
          error: { code: 'mailjet.auth', params: { host: 'api.mailjet.com' } },
        },
      ],
    });
    expect(fileName).toBe('mailjet-odoo-example.com-2026-11-27.html');
    expect(html).toContain('<html lang="it">');
    expect(html).toContain('Preparato il 27 novembre 2026');
    expect(html).toContain('Database Odoo: example su https://example.odoo.com');
    expect(html).toContain('In place &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<strong>a@example.com</strong>: x &amp; y');
    expect(html).toContain('Mailjet (api.mailjet.com) ha rifiutato');
    expect(html.indexOf('Già a posto')).toBeLessThan(html.indexOf('Ancora da fare'));
  });
});
