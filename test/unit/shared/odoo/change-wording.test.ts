import { describe, expect, it } from 'vitest';
import { createTranslator } from '@shared/i18n';
import { describeChange } from '@shared/odoo/change-wording';

// The preview must read like Odoo's own form: its labels, its option names, and the secret only named.

describe('the preview of a change in Odoo', () => {
  it('describes a new Mailjet server field by field, in Odoo’s Italian words, without the secret', async () => {
    const { t } = await createTranslator('it');
    const described = describeChange(t, {
      action: 'create-server',
      role: 'mailjet',
      fields: [
        { field: 'smtp_port', to: 587 },
        { field: 'smtp_encryption', to: 'starttls' },
        { field: 'smtp_authentication', to: 'login' },
        { field: 'smtp_pass', secret: 'mailjet' },
        { field: 'active', to: true },
      ],
    });
    expect(described.sentence).toBe('Crea un server di posta in uscita Mailjet con questi valori:');
    expect(described.fields).toEqual([
      'Porta SMTP: diventa 587',
      'Crittografia connessione: diventa TLS (STARTTLS)',
      'Autentica con: diventa Nome utente',
      'Password: la chiave segreta Mailjet presa dal portachiavi (non viene mostrata)',
      'Attivo: diventa sì',
    ]);
  });

  it('names the strict encryption of Odoo 19 and an update from one value to another, in English', async () => {
    const { t } = await createTranslator('en');
    const described = describeChange(t, {
      action: 'update-server',
      role: 'mailjet',
      serverId: 7,
      name: 'Mailjet',
      fields: [{ field: 'smtp_encryption', from: 'starttls_strict', to: 'ssl_strict' }],
    });
    expect(described.sentence).toBe('Change the outgoing mail server “Mailjet” (no. 7):');
    expect(described.fields).toEqual([
      'Connection Encryption: TLS (STARTTLS), encryption and validation → SSL/TLS, encryption and validation',
    ]);
  });

  it('turns Email Marketing’s system parameters into what the admin would tick in its settings', async () => {
    const { t } = await createTranslator('en');
    expect(
      describeChange(t, { action: 'set-parameter', key: 'mass_mailing.outgoing_mail_server', to: 'True' }).sentence,
    ).toBe('In the Email Marketing settings, tick “Dedicated Server”.');
    expect(
      describeChange(t, { action: 'set-parameter', key: 'mass_mailing.mail_server_id', toServer: 'mailjet' }).sentence,
    ).toBe('Make the new Mailjet server the one Email Marketing sends with.');
    expect(describeChange(t, { action: 'set-parameter', key: 'mail.other', from: 'a', to: 'b' }).sentence).toBe(
      'System parameter mail.other: a → b',
    );
  });
});
