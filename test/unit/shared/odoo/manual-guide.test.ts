import { describe, expect, it } from 'vitest';
import en from '@shared/locales/en.json';
import it_ from '@shared/locales/it.json';
import { createTranslator } from '@shared/i18n';
import { buildManualGuide } from '@shared/odoo/manual-guide';

const field = (guide: ReturnType<typeof buildManualGuide>, id: string) =>
  guide.steps.flatMap((step) => step.fields ?? []).find((f) => f.id === id)!;

describe('buildManualGuide', () => {
  it('marks the password for copying from the keychain and never carries a value for it', () => {
    const guide = buildManualGuide({ port: 465, purpose: 'all', apiKey: 'abc123def456', domain: 'negozio.it' });
    expect(field(guide, 'password').value).toEqual({ kind: 'keychain', secret: 'mailjet' });
    expect(field(guide, 'username').value).toEqual({ kind: 'text', text: 'abc123def456' });
    expect(field(guide, 'fromFilter').value).toEqual({ kind: 'text', text: 'negozio.it' });
  });

  it('pairs the encryption with the port, in the words of the Odoo version', () => {
    expect(field(buildManualGuide({ port: 587, purpose: 'all', major: 17 }), 'encryption').value).toEqual({
      kind: 'text',
      text: 'TLS (STARTTLS)',
    });
    expect(field(buildManualGuide({ port: 465, purpose: 'all', major: 16 }), 'encryption').value).toEqual({
      kind: 'text',
      text: 'SSL/TLS',
    });
    expect(field(buildManualGuide({ port: 465, purpose: 'all', major: 19 }), 'encryption').value).toEqual({
      kind: 'label',
      key: 'odoo.ui.encryptionSslStrict',
    });
  });

  it('lists the encryption before the port, since choosing it makes Odoo rewrite the port', () => {
    for (const major of [16, 17, 18, 19, undefined]) {
      const ids = buildManualGuide({ port: 587, purpose: 'all', ...(major ? { major } : {}) })
        .steps.flatMap((s) => s.fields ?? [])
        .map((f) => f.id);
      expect(ids.indexOf('encryption')).toBeLessThan(ids.indexOf('smtpPort'));
    }
  });

  it("uses Odoo 16's own Italian labels on 16, the cloud icon for saving, and never calls the test proof of a validated sender", async () => {
    const t = (await createTranslator('it')).t;
    const render = (major: number) => {
      const guide = buildManualGuide({ port: 587, purpose: 'all', major });
      return guide.steps
        .map(
          (step) =>
            `${t(step.bodyKey)} ${(step.fields ?? []).map((f) => `${t(f.labelKey)} ${f.noteKey ? t(f.noteKey, f.noteParams ?? {}) : ''}`).join(' ')}`,
        )
        .join('\n');
    };
    expect(render(16)).toContain('«Prova connessione»');
    expect(render(16)).toContain('Cifratura connessione');
    expect(render(17)).toContain('«Prova Connessione»');
    expect(render(17)).toContain('«Salva manualmente»');
    expect(render(17)).toContain('non che Mailjet abbia convalidato il mittente');
    expect(render(18)).toContain('controlla che ci sia 587');
  });

  it('adds the dedicated-server step only for mass mailing', () => {
    expect(buildManualGuide({ port: 465, purpose: 'all' }).steps.map((s) => s.id)).not.toContain('dedicated-server');
    expect(buildManualGuide({ port: 465, purpose: 'mass-mailing' }).steps.map((s) => s.id)).toContain(
      'dedicated-server',
    );
  });

  it("names every screen and button in Odoo's own Italian words, with nothing left untranslated", async () => {
    const t = (await createTranslator('it')).t;
    const guide = buildManualGuide({ port: 587, purpose: 'mass-mailing', major: 17 });
    const text = guide.steps
      .map(
        (step) =>
          `${t(step.titleKey)} ${t(step.bodyKey)} ${(step.fields ?? []).map((f) => `${t(f.labelKey)} ${f.noteKey ? t(f.noteKey) : ''}`).join(' ')}`,
      )
      .join('\n');
    expect(text).toContain('Impostazioni ▸ Funzioni tecniche ▸ E-mail ▸ Server posta in uscita');
    expect(text).toContain('«Prova Connessione»');
    expect(text).not.toMatch(/\$t\(|odoo\.(ui|guide)\./);
    // Every key the guide points at exists in both catalogs.
    const keys = guide.steps.flatMap((step) => [
      step.titleKey,
      step.bodyKey,
      ...(step.fields ?? []).flatMap((f) => [f.labelKey, f.noteKey ?? f.labelKey]),
    ]);
    const lookup = (catalog: unknown, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);
    for (const key of keys) {
      expect(typeof lookup(en, key), key).toBe('string');
      expect(typeof lookup(it_, key), key).toBe('string');
    }
  });
});
