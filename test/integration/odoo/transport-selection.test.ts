import { afterEach, describe, expect, it } from 'vitest';
import type { VersionProfile } from '@main/sandbox/odoo/profiles';
import { ODOO_API_KEY, ODOO_PASSWORD, odooFixture, type OdooFixture } from './fixture';

// Which protocol the assistant picks: JSON-2 from Odoo 19 on (read from GET /web/version, no XML-RPC
// needed), XML-RPC before; releases newer than 19.0 are handled like 19 with a notice; when XML-RPC is
// gone (Odoo 22) a password gets a clear "use an API key" instead of a technical error.

let fixture: OdooFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

/** The 19 stand-in reporting another release, as a newer Odoo would. */
function playing(target: OdooFixture, versionInfo: VersionProfile['versionInfo']): void {
  Object.assign(target.standIn.db, { profile: { ...target.standIn.db.profile, versionInfo } });
}

describe('releases newer than the ones tested', () => {
  it.each([
    { versionInfo: [20, 0, 0, 'final', 0, ''], label: '20.0' },
    { versionInfo: ['saas~19', 2, 0, 'final', 0, ''], label: 'saas~19.2' },
  ] as const)('$label speaks JSON-2 with the rules of 19 and says so once', async ({ versionInfo, label }) => {
    fixture = await odooFixture(19, { secret: 'api-key' });
    playing(fixture, versionInfo as unknown as VersionProfile['versionInfo']);
    const info = await fixture.call('odooConnect');
    expect(info.ok && info.value).toMatchObject({ transport: 'json-2', support: 'newer', version: { label } });
    const setup = await fixture.call('odooSetup', { port: 465 });
    expect(setup.ok).toBe(true);
    const newer = setup.ok
      ? setup.value.warnings.filter((w: { code: string }) => w.code === 'newer-version')
      : undefined;
    expect(newer).toEqual([{ code: 'newer-version', params: { version: label, major: label === '20.0' ? 20 : 19 } }]);
    expect(fixture.mailjetServers()).toEqual([
      expect.objectContaining({ smtp_encryption: 'ssl_strict', active: true }),
    ]);
    expect(fixture.callsOver('xml-rpc')).toEqual([]);
  });
});

describe('when XML-RPC is gone (Odoo 22)', () => {
  it('a password gets "use an API key" with its next step; an API key just works', async () => {
    fixture = await odooFixture(19, { secret: 'password' });
    playing(fixture, [22, 0, 0, 'final', 0, '']);
    fixture.standIn.inject({ target: 'common.authenticate', httpStatus: 404 });
    const refused = await fixture.call('odooConnect');
    expect(refused).toEqual({ ok: false, error: { code: 'odoo.api-key-required', params: { login: 'admin' } } });
    await fixture.deps.keychain.set('odoo', ODOO_API_KEY);
    const info = await fixture.call('odooConnect');
    expect(info.ok && info.value.transport).toBe('json-2');
  });
});

describe('an upgraded server', () => {
  it('known as 17 last time, now 22 without XML-RPC: found again and spoken to over JSON-2', async () => {
    fixture = await odooFixture(19, { secret: 'api-key' });
    fixture.deps.settings.patch({ odoo: { version: '17.0' } });
    playing(fixture, [22, 0, 0, 'final', 0, '']);
    fixture.standIn.inject({ target: 'common.version', httpStatus: 404 });
    fixture.standIn.inject({ target: 'common.authenticate', httpStatus: 404 });
    const info = await fixture.call('odooConnect');
    expect(info.ok && info.value).toMatchObject({ transport: 'json-2', version: { label: '22.0' }, support: 'newer' });
  });

  it('known as 18 last time, now 19: switches to JSON-2 within the same connect', async () => {
    fixture = await odooFixture(19, { secret: 'api-key' });
    fixture.deps.settings.patch({ odoo: { version: '18.0' } });
    const setup = await fixture.call('odooSetup', {});
    expect(setup.ok && setup.value.transport).toBe('json-2');
    expect(fixture.callsOver('xml-rpc')).toEqual(['common.version', 'common.authenticate']);
  });
});

describe('round trips to log in', () => {
  it('on a new address learns the version first (/web/version is a 404 before 19), then logs in over XML-RPC', async () => {
    fixture = await odooFixture(17);
    await fixture.call('odooConnect');
    const [first, second] = fixture.standIn.calls;
    expect([first?.target, second?.target]).toEqual(['common.version', 'common.authenticate']);
    expect(second!.startedAt).toBeGreaterThanOrEqual(first!.endedAt);
  });

  it.each([
    { version: 17, secret: 'password', login: 'common.authenticate', versionCall: 'common.version' },
    { version: 19, secret: 'api-key', login: 'res.users.context_get', versionCall: 'web.version' },
  ] as const)(
    'Odoo $version, known from last time: version and login go out together',
    async ({ version, secret, login, versionCall }) => {
      fixture = await odooFixture(version, { secret, latencyMs: 60 });
      await fixture.call('odooConnect');
      fixture.standIn.calls.length = 0;
      // A new process: the version is known from the settings, no login is in memory.
      fixture.restart();
      await fixture.call('odooConnect');
      const find = (target: string) => fixture!.standIn.calls.find((call) => call.target === target)!;
      expect(find(login).startedAt).toBeLessThan(find(versionCall).endedAt);
      expect(fixture.standIn.calls.some((call) => call.target === 'web.version' && version < 19)).toBe(false);
    },
  );

  it('a password with an accent, a space and a euro sign (no API key, and no valid header value) goes straight to XML-RPC', async () => {
    const password = 'città di Verona 7€';
    fixture = await odooFixture(19, { users: [{ login: 'admin', password, apiKeys: [], admin: true }] });
    await fixture.deps.keychain.set('odoo', password);
    const info = await fixture.call('odooConnect');
    expect(info.ok && info.value).toMatchObject({ transport: 'xml-rpc', notices: [{ code: 'password-over-xml-rpc' }] });
    expect(fixture.callsOver('json-2')).toEqual([]);
  });

  it('a password on 19 falls back to XML-RPC after JSON-2 refuses it, and only the login is tried twice', async () => {
    fixture = await odooFixture(19, { secret: 'password' });
    const info = await fixture.call('odooConnect');
    expect(info.ok && info.value).toMatchObject({ transport: 'xml-rpc', notices: [{ code: 'password-over-xml-rpc' }] });
    expect(fixture.log.lines.join('\n')).not.toContain(ODOO_PASSWORD);
  });
});
