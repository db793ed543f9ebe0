import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '@shared/contract';
import { dispatch } from '@main/core/dispatch';
import { createXmlRpcTransport } from '@main/core/odoo/xmlrpc-transport';
import { startMailjetStandIn, type MailjetStandIn } from '@main/sandbox/mailjet/server';
import { testCore } from '../../support/core';

// The test e-mail through a REAL Odoo (17, 18 or 19), opt-in: skipped unless REAL_ODOO_URL is set and that Odoo
// was started with MJ_SMTP_MAP (REAL_ODOO_SMTP_MAP here, same "465:P1,587:P2" form), which sends its
// SMTP for in-v3.mailjet.com to loopback ports where this test runs the Mailjet stand-in's relay. So
// Odoo's own code does it all: Test Connection logs in to the relay, mail.mail `send` picks the server
// by from_filter and sequence and hands the message over. The test removes the server it created.
//   MJ_SMTP_MAP=465:40465,587:40587 start.sh <odoo 17 git dir> 18169 mj_deliver
//   REAL_ODOO_URL=http://127.0.0.1:18169 REAL_ODOO_DB=mj_deliver REAL_ODOO_SMTP_MAP=465:40465,587:40587 npx vitest run <this file>
// Odoo 19 gets the `_strict` encryptions, which check the relay's certificate: make one for
// in-v3.mailjet.com beforehand, start Odoo with SSL_CERT_FILE=<its cert.pem> (it trusts only what it knew
// at start), and give the test REAL_ODOO_RELAY_CERT and REAL_ODOO_RELAY_KEY (the PEM files) for the relay.

const url = process.env.REAL_ODOO_URL;
const smtpMap = process.env.REAL_ODOO_SMTP_MAP ?? '';
const db = process.env.REAL_ODOO_DB ?? '';
const login = process.env.REAL_ODOO_LOGIN ?? 'admin';
const password = process.env.REAL_ODOO_PASSWORD ?? 'admin';
const ports = Object.fromEntries(
  smtpMap
    .split(',')
    .filter(Boolean)
    .map((pair) => pair.split(':').map(Number) as [number, number]),
);
const certFile = process.env.REAL_ODOO_RELAY_CERT;
const keyFile = process.env.REAL_ODOO_RELAY_KEY;
const certificate =
  certFile && keyFile ? { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8') } : undefined;
const apiKey = `realsend${randomBytes(12).toString('hex')}`;
const secretKey = `secret-${randomBytes(12).toString('hex')}`;

describe.skipIf(!url || !ports[465] || !ports[587])(
  'a real Odoo sends the test e-mail to the relay (REAL_ODOO_URL, REAL_ODOO_SMTP_MAP)',
  { timeout: 120_000 },
  () => {
    const { core, deps } = testCore();
    const transport = createXmlRpcTransport(url ?? 'http://127.0.0.1');
    const odoo = async (model: string, method: string, args: unknown[], kwargs: Record<string, unknown> = {}) =>
      transport.executeKw(
        { db, uid: (await transport.authenticate(db, login, password)) as number, secret: password },
        model,
        method,
        args,
        kwargs,
      );
    const call = async (name: ChannelName, input: unknown = {}) =>
      (await dispatch(core, name, input, { operationId: 'real-odoo-send-1', onProgress: () => undefined })) as
        | { ok: true; value: any } // eslint-disable-line @typescript-eslint/no-explicit-any
        | { ok: false; error: { code: string; params?: Record<string, unknown> } };
    let mailjet: MailjetStandIn | undefined;
    const references: string[] = [];

    afterAll(async () => {
      await mailjet?.stop();
      if (!url) return;
      const servers = (await odoo('ir.mail_server', 'search', [[['smtp_user', '=', apiKey]]], {
        context: { active_test: false },
      })) as number[];
      if (servers.length) await odoo('ir.mail_server', 'unlink', [servers]);
      // The test messages stay, as they do for a user: deleting a mail.mail also deletes its mail.message,
      // which Odoo 17 refuses to an administrator over RPC (AccessError, fault 4; seen on a real 17.0).
      const left = (await odoo('mail.mail', 'search_count', [
        [['subject', 'in', references.map((r) => `Test e-mail from Odoo through Mailjet [${r}]`)]],
      ])) as number;
      expect(left).toBe(references.length);
    });

    it.each([465, 587] as const)(
      "port %i: Odoo's Test Connection logs in to the relay, and Odoo's own mail.mail send reaches it",
      async (port) => {
        mailjet ??= await startMailjetStandIn({
          accounts: [{ apiKey, secretKey }],
          smtp: true,
          smtpPorts: { implicitTls: ports[465], startTls: ports[587] },
          ...(certificate ? { smtpCertificate: certificate } : {}),
        });
        const account = mailjet.control.account();
        if (!account.findSender('*@example.com')) {
          account.createSender({ Email: '*@example.com' });
          account.findSender('*@example.com')!.Status = 'Active';
        }
        deps.endpoints.mailjetApiUrl = mailjet.url;
        deps.settings.patch({ odoo: { url: url!, db, login }, mailjet: { apiKey } });
        await deps.keychain.set('odoo', password);
        await deps.keychain.set('mailjet', secretKey);
        // Setup runs Odoo's own test_smtp_connection against the relay before it activates the server.
        const setup = await call('odooSetup', { port, domain: 'example.com' });
        expect(setup.ok ? setup.value.tested : setup.error).toBe(true);
        const before = mailjet.smtp!.received.length;
        const sent = await call('odooSendTest', {
          to: 'someone@customer.test',
          from: 'notifications@example.com',
          waitSeconds: 10,
          language: 'en',
        });
        expect(sent.ok, JSON.stringify(sent)).toBe(true);
        if (!sent.ok) return;
        references.push(sent.value.reference);
        expect(sent.value).toMatchObject({
          outcome: 'delivered',
          odoo: { state: 'sent', mailServerIsOurs: true },
          mailjet: { status: 'sent' },
        });
        const received = mailjet.smtp!.received.slice(before);
        expect(received).toHaveLength(1);
        expect(received[0]).toMatchObject({
          user: apiKey,
          headerFrom: 'notifications@example.com',
          rcptTo: ['someone@customer.test'],
          customId: sent.value.reference,
        });
        expect(received[0]!.subject).toContain(sent.value.reference);
      },
    );
  },
);
