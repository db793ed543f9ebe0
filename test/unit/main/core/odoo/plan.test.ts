import { describe, expect, it } from 'vitest';
import { isUpToDate, NEW_SERVER_ID, planSetup, type SetupWishes } from '@main/core/odoo/plan';
import type { MailServerRecord, OdooState } from '@main/core/odoo/state';

const API_KEY = 'abcdef0123456789abcdef0123456789';
const SECRET = 'secret-key-value-0001';

function server(values: Partial<MailServerRecord> & { id: number }): MailServerRecord {
  return {
    name: `Server ${values.id}`,
    smtp_host: 'smtp.example.com',
    smtp_port: 587,
    smtp_encryption: 'starttls',
    smtp_user: false,
    from_filter: false,
    sequence: 10,
    active: true,
    smtp_authentication: 'login',
    ...values,
  };
}

function state(servers: MailServerRecord[], extra: Partial<OdooState> = {}): OdooState {
  return {
    params: {},
    servers,
    ourPasswords: new Map(),
    encryptionChoices: ['none', 'starttls', 'ssl'],
    authenticationChoices: ['login', 'certificate', 'cli'],
    addresses: {
      domain: 'example.com',
      notifications: 'notifications@example.com',
      bounce: 'bounce@example.com',
      catchall: 'catchall@example.com',
    },
    massMailingInstalled: true,
    neutralized: false,
    ...extra,
  };
}

const wishes = (extra: Partial<SetupWishes> = {}): SetupWishes => ({
  port: 465,
  purpose: 'all',
  domain: 'example.com',
  apiKey: API_KEY,
  secret: SECRET,
  keepOdooForTransactional: false,
  test: true,
  ...extra,
});

const ours = (values: Partial<MailServerRecord> & { id: number }) =>
  server({
    smtp_host: 'in-v3.mailjet.com',
    smtp_port: 465,
    smtp_encryption: 'ssl',
    smtp_user: API_KEY,
    from_filter: 'example.com',
    ...values,
  });

describe('planSetup', () => {
  it('sends the port explicitly with the new server: over the API Odoo would keep its default of 25', () => {
    const plan = planSetup(state([]), wishes({ port: 587 }), 17);
    expect(plan.mailjet.existing).toBeUndefined();
    expect(plan.mailjet.values).toMatchObject({
      smtp_port: 587,
      smtp_encryption: 'starttls',
      smtp_pass: SECRET,
      from_filter: 'example.com',
    });
    expect(plan.warnings.map((w) => w.code)).toContain('odoo-server-replaced');
  });

  it('writes nothing when our server already matches, the secret included', () => {
    const current = ours({ id: 7, sequence: 10 });
    const plan = planSetup(state([current], { ourPasswords: new Map([[7, SECRET]]) }), wishes(), 17);
    expect(plan.mailjet.values).toEqual({});
    expect(isUpToDate(plan)).toBe(true);
  });

  it('rewrites only the password when the secret key changed, without showing either value', () => {
    const plan = planSetup(
      state([ours({ id: 7 })], { ourPasswords: new Map([[7, 'old-secret-value']]) }),
      wishes(),
      17,
    );
    expect(plan.mailjet.values).toEqual({ smtp_pass: SECRET });
    expect(plan.changes[0]).toEqual({
      action: 'update-server',
      role: 'mailjet',
      serverId: 7,
      name: 'Server 7',
      fields: [{ field: 'smtp_pass', secret: 'mailjet' }],
    });
    expect(JSON.stringify(plan.changes)).not.toContain(SECRET);
  });

  it('keeps a comma-separated From filter that already covers the domain', () => {
    const plan = planSetup(
      state([ours({ id: 7, from_filter: 'other.org,example.com' })], { ourPasswords: new Map([[7, SECRET]]) }),
      wishes(),
      17,
    );
    expect(plan.mailjet.values).toEqual({});
  });

  it('on Odoo 16 reads the From filter as one value, as 16 does: "other.org,example.com" covers nothing', () => {
    const kept = planSetup(
      state([ours({ id: 7, from_filter: 'other.org,example.com' })], { ourPasswords: new Map([[7, SECRET]]) }),
      wishes(),
      16,
    );
    expect(kept.mailjet.values).toEqual({ from_filter: 'example.com' });
    const plan = planSetup(state([server({ id: 1, sequence: 5, from_filter: 'other.org,example.com' })]), wishes(), 16);
    expect(plan.mailjet.values.sequence).toBe(10);
    expect(plan.warnings.map((w) => w.code)).not.toContain('competing-server');
  });

  it('for mass mailing puts Mailjet after every other active server and points Email Marketing at it', () => {
    const plan = planSetup(
      state([
        server({ id: 1, sequence: 1 }),
        server({ id: 2, sequence: 30 }),
        server({ id: 3, sequence: 99, active: false }),
      ]),
      wishes({ purpose: 'mass-mailing' }),
      17,
    );
    expect(plan.mailjet.values.sequence).toBe(31);
    expect(plan.parameters).toEqual([
      { key: 'mass_mailing.outgoing_mail_server', to: 'True' },
      { key: 'mass_mailing.mail_server_id', to: NEW_SERVER_ID },
    ]);
  });

  it('for all mail puts Mailjet before a server that also sends for the domain', () => {
    const plan = planSetup(state([server({ id: 1, sequence: 5, from_filter: 'example.com' })]), wishes(), 17);
    expect(plan.mailjet.values.sequence).toBe(4);
    expect(plan.warnings).toContainEqual({ code: 'competing-server', params: { name: 'Server 1' } });
  });

  it('keeps exactly one Mailjet server: the one Email Marketing uses stays, the others are archived', () => {
    const plan = planSetup(
      state([ours({ id: 3 }), ours({ id: 8 }), ours({ id: 9, active: false })], {
        params: { 'mass_mailing.mail_server_id': '8' },
        ourPasswords: new Map([[8, SECRET]]),
      }),
      wishes(),
      17,
    );
    expect(plan.mailjet.existing?.id).toBe(8);
    expect(plan.archive.map((s) => s.id)).toEqual([3]);
  });

  it('leaves Mailjet servers of another API key alone', () => {
    const other = server({ id: 4, smtp_host: 'in-v3.mailjet.com', smtp_user: 'someoneelse0000000000' });
    const plan = planSetup(state([other]), wishes(), 17);
    expect(plan.mailjet.existing).toBeUndefined();
    expect(plan.archive).toEqual([]);
    expect(plan.warnings).toContainEqual({ code: 'other-mailjet-account', params: { count: 1 } });
  });

  it('warns when the domain belongs to Odoo or differs from the alias domain', () => {
    const plan = planSetup(state([]), wishes({ domain: 'negozio.odoo.com' }), 17);
    expect(plan.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['odoo-subdomain', 'alias-domain-differs']),
    );
  });

  it('in a dry run without the secret key says the password will be set, without a value', () => {
    const plan = planSetup(state([]), wishes({ secret: null }), 17);
    expect(plan.changes[0]).toMatchObject({ action: 'create-server' });
    expect((plan.changes[0] as { fields: unknown[] }).fields).toContainEqual({ field: 'smtp_pass', secret: 'mailjet' });
    expect(plan.warnings.map((w) => w.code)).toContain('mailjet-secret-missing');
  });

  it('refuses an Odoo whose encryption choices do not fit the port', () => {
    expect(() => planSetup(state([], { encryptionChoices: ['none'] }), wishes(), 17)).toThrow(
      'odoo.encryption-unavailable',
    );
  });
});
