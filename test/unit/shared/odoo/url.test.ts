import { describe, expect, it } from 'vitest';
import { normaliseOdooUrl, onlineDatabaseName } from '@shared/odoo/url';

describe('normaliseOdooUrl', () => {
  it.each([
    ['example.odoo.com', 'https://example.odoo.com'],
    ['https://example.odoo.com/', 'https://example.odoo.com'],
    ['https://example.odoo.com/odoo/action-123?debug=1#x', 'https://example.odoo.com'],
    ['  Example.Odoo.COM/web#menu_id=4  ', 'https://example.odoo.com'],
    ['erp.negozio.it:8443/web', 'https://erp.negozio.it:8443'],
    ['localhost:8069', 'http://localhost:8069'],
    ['http://127.0.0.1:8069/web', 'http://127.0.0.1:8069'],
    ['https://città.example/web', 'https://xn--citt-3na.example'],
  ])('turns %j into %s', (input, url) => {
    expect(normaliseOdooUrl(input)).toMatchObject({ ok: true, url });
  });

  it('requires https except on this computer, where the password never leaves the machine', () => {
    expect(normaliseOdooUrl('http://example.odoo.com')).toEqual({ ok: false, problem: 'https-required' });
    expect(normaliseOdooUrl('http://[::1]:8069')).toMatchObject({ ok: true, loopback: true });
  });

  it('refuses what cannot be an Odoo address', () => {
    expect(normaliseOdooUrl('')).toEqual({ ok: false, problem: 'empty' });
    expect(normaliseOdooUrl('ftp://example.com')).toEqual({ ok: false, problem: 'unsupported-scheme' });
    expect(normaliseOdooUrl('https://admin:secret@example.odoo.com')).toEqual({ ok: false, problem: 'invalid' });
    expect(normaliseOdooUrl('https://exa mple.com')).toEqual({ ok: false, problem: 'invalid' });
  });

  it('suggests the database of an Odoo Online address', () => {
    expect(normaliseOdooUrl('negozio.odoo.com')).toMatchObject({ suggestedDb: 'negozio' });
    expect(onlineDatabaseName('www.odoo.com')).toBeUndefined();
    expect(onlineDatabaseName('erp.negozio.it')).toBeUndefined();
  });
});
