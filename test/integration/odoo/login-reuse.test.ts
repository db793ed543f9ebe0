import { afterEach, describe, expect, it } from 'vitest';
import { SEED_USER } from '@main/sandbox/odoo/database';
import { ODOO_API_KEY, ODOO_PASSWORD, odooFixture, type OdooFixture } from './fixture';

// The running core keeps its last good Odoo login (uid and version, in memory) per address, database and
// login, and uses it again while the keychain holds the same secret: the wizard's next step does not log
// in again. When Odoo refuses it, the core logs in once more and sends the refused call again; a new
// login Odoo refuses is the usual "password refused". Nothing of it outlives the core.

let fixture: OdooFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const LOGIN_CALLS = new Set(['common.version', 'common.authenticate', 'web.version', 'res.users.context_get']);
const loginCalls = (target: OdooFixture) =>
  target.standIn.calls.filter((call) => LOGIN_CALLS.has(call.target)).map((call) => call.target);

describe('the Odoo login, reused within a running core', () => {
  it('a second call (the connection step, then the server preview) logs in no more over XML-RPC', async () => {
    fixture = await odooFixture(17);
    expect((await fixture.call('odooConnect')).ok).toBe(true);
    expect(loginCalls(fixture)).toEqual(['common.version', 'common.authenticate']);
    fixture.standIn.calls.length = 0;
    const plan = await fixture.call('odooPlan', { port: 587 });
    expect(plan.ok, JSON.stringify(plan)).toBe(true);
    expect(loginCalls(fixture)).toEqual([]);
    // Still checked by Odoo on every call: they carry the uid and the password.
    expect(fixture.standIn.calls.length).toBeGreaterThan(0);
  });

  it('on Odoo 19 with an API key (JSON-2): no /web/version and no key check the second time', async () => {
    fixture = await odooFixture(19, { secret: 'api-key' });
    expect((await fixture.call('odooConnect')).ok).toBe(true);
    fixture.standIn.calls.length = 0;
    const again = await fixture.call('odooConnect');
    expect(again.ok && again.value).toMatchObject({ transport: 'json-2', version: { major: 19 } });
    expect(loginCalls(fixture)).toEqual([]);
    expect(fixture.callsOver('json-2').length).toBeGreaterThan(0);
  });

  it('keeps the connection notice of a password on 19 (XML-RPC after JSON-2 refused it)', async () => {
    fixture = await odooFixture(19, { secret: 'password' });
    await fixture.call('odooConnect');
    fixture.standIn.calls.length = 0;
    const again = await fixture.call('odooConnect');
    expect(again.ok && again.value.transport).toBe('xml-rpc');
    expect(again.ok && again.value.notices).toEqual([
      { code: 'password-over-xml-rpc', params: { version: expect.any(String) } },
    ]);
    expect(loginCalls(fixture)).toEqual([]);
  });

  it('when Odoo refuses the remembered login, logs in once and sends the refused call again', async () => {
    fixture = await odooFixture(17);
    await fixture.call('odooConnect');
    fixture.standIn.calls.length = 0;
    // As an expired session or a changed uid looks: Odoo checks the login before it runs the method.
    fixture.standIn.inject({
      target: 'ir.mail_server.search_read',
      fault: { faultCode: 3, faultString: 'Access Denied' },
      times: 2,
    });
    const result = await fixture.call('odooConnect');
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(loginCalls(fixture)).toEqual(['common.version', 'common.authenticate']);
    // The two server reads refused, then both again after the one new login.
    expect(fixture.standIn.calls.filter((call) => call.target === 'ir.mail_server.search_read')).toHaveLength(4);
    expect(fixture.log.lines.join('\n')).toMatch(/remembered login .* refused; logging in again/);
  });

  it('a password changed in Odoo since: one new login, then "Odoo refused the password", and nothing written', async () => {
    fixture = await odooFixture(17);
    await fixture.call('odooConnect');
    fixture.standIn.db.users.find((user) => user.login === 'admin')!.password = 'changed-in-odoo-1';
    fixture.standIn.calls.length = 0;
    const plan = await fixture.call('odooSetup', { port: 587 });
    expect(plan).toEqual({ ok: false, error: { code: 'odoo.auth', params: { login: 'admin', db: 'demo' } } });
    expect(loginCalls(fixture).filter((target) => target === 'common.authenticate')).toHaveLength(1);
    expect(fixture.standIn.writes()).toEqual([]);
    // The refused login is not kept: the next call logs in again (and is refused again).
    fixture.standIn.calls.length = 0;
    const again = await fixture.call('odooConnect');
    expect(again.ok ? undefined : again.error.code).toBe('odoo.auth');
    expect(loginCalls(fixture)).toContain('common.authenticate');
    expect(JSON.stringify([fixture.results, fixture.log.lines])).not.toContain(ODOO_PASSWORD);
  });

  it('another secret in the keychain (saved by another face), another login or a new process: a new login', async () => {
    fixture = await odooFixture(17);
    await fixture.call('odooConnect');
    const loginsAfter = async (change: () => Promise<void> | void) => {
      await change();
      fixture!.standIn.calls.length = 0;
      const result = await fixture!.call('odooConnect');
      expect(result.ok, JSON.stringify(result)).toBe(true);
      return loginCalls(fixture!).filter((target) => target === 'common.authenticate').length;
    };
    expect(await loginsAfter(() => fixture!.deps.keychain.set('odoo', ODOO_API_KEY))).toBe(1);
    expect(await loginsAfter(() => {})).toBe(0);
    expect(await loginsAfter(() => fixture!.restart())).toBe(1);
    expect(await loginsAfter(() => {})).toBe(0);
    // The sales user is no Settings administrator: the login is new all the same, and Odoo says who it is.
    await fixture.deps.keychain.set('odoo', SEED_USER.password);
    fixture.deps.settings.patch({ odoo: { login: 'sales' } });
    fixture.standIn.calls.length = 0;
    const sales = await fixture.call('odooConnect');
    expect(sales.ok ? undefined : sales.error).toEqual({ code: 'odoo.not-admin', params: { login: 'sales' } });
    expect(loginCalls(fixture)).toContain('common.authenticate');
  });

  it('odooSaveLogin always asks Odoo, and the login it checked is the one used next', async () => {
    fixture = await odooFixture(17);
    await fixture.call('odooConnect');
    fixture.standIn.calls.length = 0;
    const saved = await fixture.call('odooSaveLogin', { password: ODOO_PASSWORD });
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    expect(loginCalls(fixture)).toContain('common.authenticate');
    fixture.standIn.calls.length = 0;
    await fixture.call('odooConnect');
    expect(loginCalls(fixture)).toEqual([]);
  });
});
