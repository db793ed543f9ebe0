import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '@shared/contract';
import { dispatch } from '@main/core/dispatch';
import { createXmlRpcTransport } from '@main/core/odoo/xmlrpc-transport';
import { testCore } from '../../support/core';

// The Odoo step against a REAL Odoo, opt-in: skipped unless REAL_ODOO_URL is set (with REAL_ODOO_DB,
// and REAL_ODOO_LOGIN / REAL_ODOO_PASSWORD when not admin/admin). It writes Mailjet servers for a
// throwaway API key and two e-mail templates, and removes them at the end. Odoo's own "Test
// Connection" is skipped: Mailjet cannot be reached from a test machine. CI uses the stand-in.

const url = process.env.REAL_ODOO_URL;
const db = process.env.REAL_ODOO_DB ?? '';
const login = process.env.REAL_ODOO_LOGIN ?? 'admin';
const password = process.env.REAL_ODOO_PASSWORD ?? 'admin';
const apiKey = `realtest${randomBytes(12).toString('hex')}`;
const DOMAIN = 'example.com';

describe.skipIf(!url)('a real Odoo (REAL_ODOO_URL)', { timeout: 60_000 }, () => {
  const { core, deps } = testCore();
  const transport = createXmlRpcTransport(url ?? 'http://127.0.0.1');
  const credentials = async () => ({
    db,
    uid: (await transport.authenticate(db, login, password)) as number,
    secret: password,
  });
  const odoo = async (model: string, method: string, args: unknown[], kwargs: Record<string, unknown> = {}) =>
    transport.executeKw(await credentials(), model, method, args, kwargs);
  const call = async (name: ChannelName, input: unknown = {}) =>
    (await dispatch(core, name, input, { operationId: 'real-odoo-0001', onProgress: () => undefined })) as
      | { ok: true; value: any } // eslint-disable-line @typescript-eslint/no-explicit-any
      | { ok: false; error: { code: string; params?: Record<string, unknown> } };
  const ours = async () =>
    (await odoo('ir.mail_server', 'search_read', [[['smtp_user', '=', apiKey]]], {
      fields: ['name', 'active', 'smtp_port', 'smtp_encryption'],
      context: { active_test: false },
    })) as Array<{
      id: number;
      name: string;
      active: boolean;
      smtp_port: number;
    }>;
  const templates: number[] = [];

  afterAll(async () => {
    if (!url) return;
    if (templates.length) await odoo('mail.template', 'unlink', [templates]);
    const ids = (await ours()).map((server) => server.id);
    if (ids.length) await odoo('ir.mail_server', 'unlink', [ids]);
  });

  it('connects, reads, plans and sets up one Mailjet server, and a second run changes nothing', async () => {
    deps.settings.patch({ odoo: { url: url!, db, login }, mailjet: { apiKey } });
    await deps.keychain.set('odoo', password);
    await deps.keychain.set('mailjet', `secret-${apiKey}`);
    const info = await call('odooConnect');
    expect(info.ok ? info.value.version.major : info.error).toBeGreaterThanOrEqual(16);
    const plan = await call('odooPlan', { port: 587, domain: DOMAIN, test: false });
    expect(plan.ok && plan.value.changes.map((change: { action: string }) => change.action)).toContain('create-server');
    const setup = await call('odooSetup', { port: 587, domain: DOMAIN, test: false });
    expect(setup.ok ? setup.value.serverId : setup.error).toEqual(expect.any(Number));
    expect(await ours()).toMatchObject([{ active: true, smtp_port: 587 }]);
    const again = await call('odooSetup', { port: 587, domain: DOMAIN, test: false });
    expect(again.ok && again.value.applied).toBe(0);
  });

  it('keeps a duplicate that an e-mail template uses, names the template, and finishes', async () => {
    const [first] = await ours();
    const model = ((await odoo('ir.model', 'search', [[['model', '=', 'res.partner']]])) as number[])[0];
    const duplicate = (name: string) =>
      odoo('ir.mail_server', 'create', [
        {
          name,
          smtp_host: 'in-v3.mailjet.com',
          smtp_port: 465,
          smtp_encryption: 'ssl',
          smtp_user: apiKey,
          smtp_pass: 'old',
          from_filter: DOMAIN,
        },
      ]) as Promise<number>;
    const copies = [await duplicate('Mailjet (copy A)'), await duplicate('Mailjet (copy B)')];
    for (const [i, server] of copies.entries()) {
      templates.push(
        (await odoo('mail.template', 'create', [
          { name: `Assistant test template ${i}`, model_id: model, mail_server_id: server },
        ])) as number,
      );
    }
    const setup = await call('odooSetup', { port: 587, domain: DOMAIN, test: false });
    expect(
      setup.ok ? setup.value.warnings.filter((w: { code: string }) => w.code === 'server-kept-in-use') : setup.error,
    ).toHaveLength(1);
    const after = await ours();
    // The unused original went to the archive; both servers the templates name are still there.
    expect(after.find((server) => server.id === first!.id)?.active).toBe(false);
    expect(after.filter((server) => copies.includes(server.id)).every((server) => server.active)).toBe(true);
  });
});
