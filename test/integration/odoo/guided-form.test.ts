import { afterEach, describe, expect, it } from 'vitest';
import { createXmlRpcTransport } from '@main/core/odoo/xmlrpc-transport';
import type { OdooCredentials, OdooTransport } from '@main/core/odoo/transport';
import { SEED_ADMIN } from '@main/sandbox/odoo/database';
import type { StandInVersion } from '@main/sandbox/odoo/profiles';
import { startOdooStandIn, type OdooStandIn } from '@main/sandbox/odoo/server';
import { createTranslator } from '@shared/i18n';
import { encryptionForPort, type MailjetPort } from '@shared/odoo/mailjet-smtp';
import { buildManualGuide } from '@shared/odoo/manual-guide';

// The guided path played on Odoo's server form: the fields typed in the order the guide gives them,
// each change sent to Odoo's `onchange` as the form does, and what the form holds at the end. Odoo
// rewrites SMTP Port whenever Connection Encryption changes, so a guide that lists the port first
// leaves the user on port 25.
//
// Against a real Odoo too, when REAL_ODOO_URL is set (REAL_ODOO_DB, REAL_ODOO_LOGIN and
// REAL_ODOO_PASSWORD, default admin/admin): nothing is written there, onchange only computes.

const FORM_FIELDS: Record<string, string> = {
  name: 'name',
  smtpHost: 'smtp_host',
  encryption: 'smtp_encryption',
  smtpPort: 'smtp_port',
};

async function fillInAsGuided(
  transport: OdooTransport,
  credentials: OdooCredentials,
  port: MailjetPort,
  major: number,
) {
  const t = (await createTranslator('en')).t;
  const info = (await transport.executeKw(credentials, 'ir.mail_server', 'fields_get', [], {
    allfields: ['smtp_encryption'],
    attributes: ['selection'],
  })) as {
    smtp_encryption: { selection: Array<[string, string]> };
  };
  const spec = Object.fromEntries(Object.values(FORM_FIELDS).map((field) => [field, {}]));
  const onchange = async (values: Record<string, unknown>, names: string[]) =>
    (
      (await transport.executeKw(credentials, 'ir.mail_server', 'onchange', [[], values, names, spec])) as {
        value: Record<string, unknown>;
      }
    ).value;

  // A new record: Odoo's defaults first, then each field as the guide orders them.
  const form: Record<string, unknown> = await onchange({}, []);
  const fields = buildManualGuide({ port, purpose: 'all', major }).steps.flatMap((step) => step.fields ?? []);
  for (const field of fields) {
    const name = FORM_FIELDS[field.id];
    if (!name) continue;
    const shown =
      field.value.kind === 'text' ? field.value.text : field.value.kind === 'label' ? t(field.value.key) : '';
    const typed =
      name === 'smtp_port'
        ? Number(shown)
        : name === 'smtp_encryption'
          ? info.smtp_encryption.selection.find(([, label]) => label === shown)?.[0]
          : shown;
    expect(typed, `the guide's ${field.id} is something Odoo offers`).toBeTruthy();
    form[name] = typed;
    Object.assign(form, await onchange(form, [name]));
  }
  return {
    port: form.smtp_port,
    encryption: form.smtp_encryption,
    offered: info.smtp_encryption.selection.map(([key]) => key),
  };
}

let standIn: OdooStandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

describe('the guided path on the stand-in Odoo form', () => {
  it('models the form: choosing the encryption rewrites the port, an RPC create does not', async () => {
    standIn = await startOdooStandIn({ version: 17 });
    const transport = createXmlRpcTransport(standIn.url);
    const credentials = {
      db: 'demo',
      uid: (await transport.authenticate('demo', SEED_ADMIN.login, SEED_ADMIN.password)) as number,
      secret: SEED_ADMIN.password,
    };
    const spec = { smtp_port: {} };
    const change = (encryption: string, port: number) =>
      transport.executeKw(credentials, 'ir.mail_server', 'onchange', [
        [],
        { smtp_encryption: encryption, smtp_port: port },
        ['smtp_encryption'],
        spec,
      ]);
    expect(await change('starttls', 587)).toEqual({ value: { smtp_port: 25 } });
    expect(await change('ssl', 587)).toEqual({ value: { smtp_port: 465 } });
    expect(await change('ssl', 465)).toEqual({ value: {} });
    const id = (await transport.executeKw(credentials, 'ir.mail_server', 'create', [
      { name: 'x', smtp_host: 'h', smtp_encryption: 'starttls', smtp_port: 587 },
    ])) as number;
    expect(standIn.db.servers.get(id)?.smtp_port).toBe(587);
  });

  for (const version of [16, 17, 18, 19] as StandInVersion[]) {
    for (const port of [465, 587] as MailjetPort[]) {
      it(`ends on port ${port} with the right encryption when the guide is followed on Odoo ${version}`, async () => {
        standIn = await startOdooStandIn({ version });
        const transport = createXmlRpcTransport(standIn.url);
        const uid = (await transport.authenticate('demo', SEED_ADMIN.login, SEED_ADMIN.password)) as number;
        const result = await fillInAsGuided(transport, { db: 'demo', uid, secret: SEED_ADMIN.password }, port, version);
        expect(result.port).toBe(port);
        expect(result.encryption).toBe(encryptionForPort(port, result.offered));
      });
    }
  }
});

const realUrl = process.env.REAL_ODOO_URL;
describe.skipIf(!realUrl)('the guided path on a real Odoo form (REAL_ODOO_URL)', () => {
  for (const port of [465, 587] as MailjetPort[]) {
    it(`ends on port ${port} when the guide is followed`, async () => {
      const transport = createXmlRpcTransport(realUrl!);
      const db = process.env.REAL_ODOO_DB ?? '';
      const secret = process.env.REAL_ODOO_PASSWORD ?? 'admin';
      const uid = await transport.authenticate(db, process.env.REAL_ODOO_LOGIN ?? 'admin', secret);
      expect(uid, 'the login works').toBeTypeOf('number');
      const [major] = (await transport.version()).server_version_info as number[];
      const result = await fillInAsGuided(transport, { db, uid: uid as number, secret }, port, major!);
      expect(result.port).toBe(port);
      expect(result.encryption).toBe(encryptionForPort(port, result.offered));
    });
  }
});
