import { afterEach, describe, expect, it } from 'vitest';
import { MAILJET, odooFixture, type OdooFixture } from './fixture';

// Real Odoo refuses to archive an outgoing server that something still uses: Email Marketing's
// dedicated server, an active e-mail template or a mailing not sent yet (fault 2, the whole write
// refused). The setup keeps such a server, names what uses it, and still finishes.

let fixture: OdooFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const duplicate = (f: OdooFixture, name: string) =>
  f.standIn.db.insertServer({
    name,
    smtp_host: 'in-v3.mailjet.com',
    smtp_port: 587,
    smtp_encryption: 'starttls',
    smtp_user: MAILJET.apiKey,
    smtp_pass: 'old',
    from_filter: 'example.com',
    sequence: 10,
  });

describe.each([16, 17, 18, 19] as const)('archiving on Odoo %i', (version) => {
  it('keeps a duplicate that a template uses, names the template, and still finishes with the settings on one server', async () => {
    fixture = await odooFixture(version);
    const first = duplicate(fixture, 'Mailjet');
    const second = duplicate(fixture, 'Mailjet (copy)');
    const third = duplicate(fixture, 'Mailjet (old)');
    fixture.standIn.db.templates.push({ id: 1, name: 'Sales: Send Quotation', mail_server_id: second, active: true });

    const result = await fixture.call('odooSetup', { port: 465 });
    expect(result.ok ? result.value : result.error).toMatchObject({ serverId: expect.any(Number) });
    if (!result.ok) return;
    const servers = fixture.standIn.db.servers;
    // The one in use carries the settings (Odoo would not archive it); the unused copies go.
    expect(result.value.serverId).toBe(second);
    expect(servers.get(second)).toMatchObject({ active: true, smtp_port: 465, smtp_pass: MAILJET.secret });
    expect([servers.get(first)?.active, servers.get(third)?.active]).toEqual([false, false]);
    expect(fixture.mailjetServers().filter((server) => server.active)).toHaveLength(1);
  });

  it("keeps a duplicate that an unsent mailing uses, saying which, when another one is Email Marketing's", async () => {
    fixture = await odooFixture(version);
    const dedicated = duplicate(fixture, 'Mailjet');
    const used = duplicate(fixture, 'Mailjet (copy)');
    fixture.standIn.db.params.set('mass_mailing.mail_server_id', String(dedicated));
    fixture.standIn.db.mailings.push({
      id: 1,
      subject: 'Spring sale',
      mail_server_id: used,
      state: 'draft',
      active: true,
    });
    fixture.standIn.db.mailings.push({
      id: 2,
      subject: 'Winter sale',
      mail_server_id: used,
      state: 'done',
      active: true,
    });

    const plan = await fixture.call('odooPlan', { port: 465 });
    expect(plan.ok && plan.value.warnings).toContainEqual({
      code: 'server-kept-in-use',
      params: { name: 'Mailjet (copy)', records: 'Spring sale', mailjet: 'Mailjet' },
    });
    expect(plan.ok && plan.value.changes.some((change: { action: string }) => change.action === 'archive-server')).toBe(
      false,
    );
    const result = await fixture.call('odooSetup', { port: 465 });
    expect(result.ok).toBe(true);
    expect(fixture.standIn.db.servers.get(dedicated)).toMatchObject({
      active: true,
      smtp_port: 465,
      smtp_pass: MAILJET.secret,
    });
    expect(fixture.standIn.db.servers.get(used)).toMatchObject({ active: true, smtp_port: 587, smtp_pass: 'old' });
    // A rerun has nothing left to do, and says so without failing.
    const again = await fixture.call('odooSetup', { port: 465 });
    expect(again.ok && again.value.applied).toBe(0);
  });

  it('finishes when Odoo refuses the archive it could not foresee, naming what Odoo named', async () => {
    fixture = await odooFixture(version);
    duplicate(fixture, 'Mailjet');
    const used = duplicate(fixture, 'Mailjet (copy)');
    const unused = duplicate(fixture, 'Mailjet (old)');
    fixture.standIn.db.templates.push({ id: 1, name: 'Welcome', mail_server_id: used, active: true });
    // The templates cannot be read beforehand (no access): only the archive tells.
    fixture.standIn.inject({
      target: 'mail.template.search_read',
      fault: { faultCode: 4, faultString: "You are not allowed to access 'Email Templates' (mail.template) records." },
    });

    const result = await fixture.call('odooSetup', { port: 465 });
    expect(result.ok ? result.value.warnings : result.error).toContainEqual({
      code: 'server-kept-in-use',
      params: { name: 'Mailjet (copy)', records: 'Welcome (Email Template)', mailjet: 'Mailjet' },
    });
    expect(fixture.standIn.db.servers.get(used)?.active).toBe(true);
    expect(fixture.standIn.db.servers.get(unused)?.active).toBe(false);
  });
});

describe('the stand-in refuses an archive as Odoo does', () => {
  it("names every use, in Odoo 17's words, and archives nothing", async () => {
    fixture = await odooFixture(17);
    const id = duplicate(fixture, 'Mailjet');
    fixture.standIn.db.params.set('mass_mailing.mail_server_id', String(id));
    fixture.standIn.db.templates.push({ id: 1, name: 'Welcome', mail_server_id: id, active: true });
    fixture.standIn.db.mailings.push({
      id: 1,
      subject: 'Spring sale',
      mail_server_id: id,
      state: 'in_queue',
      active: true,
    });
    const { createXmlRpcTransport } = await import('@main/core/odoo/xmlrpc-transport');
    const transport = createXmlRpcTransport(fixture.standIn.url);
    const credentials = {
      db: 'demo',
      uid: (await transport.authenticate('demo', 'admin', 'admin-password-odoo')) as number,
      secret: 'admin-password-odoo',
    };
    const refusal = await transport
      .executeKw(credentials, 'ir.mail_server', 'write', [[id, 1], { active: false }])
      .catch((error: unknown) => error);
    expect(refusal).toMatchObject({
      faultCode: 2,
      faultString:
        'You cannot archive this Outgoing Mail Server (Mailjet) because it is still used in the following case(s):\n- Email Marketing uses it as its default mail server to send mass mailings\n- Mass Mailing "Spring sale"\n- Welcome (Email Template)',
    });
    expect(fixture.standIn.db.servers.get(id)?.active).toBe(true);
    expect(fixture.standIn.db.servers.get(1)?.active).toBe(true);
  });
});
