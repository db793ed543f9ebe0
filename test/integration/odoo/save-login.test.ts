import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '@main/core/dispatch';
import { forgetRememberedSecrets } from '@main/core/redaction';
import { SEED_ADMIN, SEED_USER } from '@main/sandbox/odoo/database';
import { startOdooStandIn, type OdooStandIn } from '@main/sandbox/odoo/server';
import { testCore } from '../../support/core';

// odooSaveLogin, through dispatch as every face calls it: the login is tried with Odoo first, and only one
// that works (by a Settings administrator) is kept — address, database and login in the settings, the
// password in the keychain or, asked so, in memory for this session only. A refused one leaves nothing.

let standIn: OdooStandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

async function setup() {
  standIn = await startOdooStandIn({ version: 17 });
  const { core, deps } = testCore();
  const save = (input: Record<string, unknown>) =>
    dispatch(
      core,
      'odooSaveLogin',
      { url: standIn!.url, db: 'demo', login: 'admin', ...input },
      { operationId: 'save-login-0001' },
    );
  return { deps, save };
}

describe('odooSaveLogin', () => {
  it('keeps a login Odoo accepts, and returns what the connection step shows', async () => {
    const { deps, save } = await setup();
    const result = await save({ password: SEED_ADMIN.password });
    expect(result).toMatchObject({
      ok: true,
      value: {
        saved: true,
        source: 'keychain',
        url: standIn!.url,
        db: 'demo',
        login: 'admin',
        version: { label: '17.0' },
        transport: 'xml-rpc',
      },
    });
    expect(result.ok && (result.value as { servers: unknown[] }).servers.length).toBeGreaterThan(0);
    expect(await deps.keychain.get('odoo')).toBe(SEED_ADMIN.password);
    expect(deps.settings.read().odoo).toMatchObject({ url: standIn!.url, db: 'demo', login: 'admin', version: '17.0' });
    // The answer never carries the password, at most its last four characters, as for the Mailjet key.
    expect(JSON.stringify(result)).not.toContain(SEED_ADMIN.password);
    expect(result.ok && (result.value as { endsWith?: string }).endsWith).toBe(SEED_ADMIN.password.slice(-4));
  });

  it('refuses a wrong password with odoo.auth and stores nothing, in the keychain or the settings', async () => {
    const { deps, save } = await setup();
    const result = await save({ password: 'not-the-password' });
    expect(result).toEqual({ ok: false, error: { code: 'odoo.auth', params: { login: 'admin', db: 'demo' } } });
    expect(await deps.keychain.get('odoo')).toBeNull();
    expect(deps.settings.read().odoo).toBeUndefined();
  });

  it('keeps a login that works, but by a user who is no Settings administrator, nowhere', async () => {
    const { deps, save } = await setup();
    const result = await save({ login: SEED_USER.login, password: SEED_USER.password });
    expect(result).toMatchObject({ ok: false, error: { code: 'odoo.not-admin' } });
    expect(await deps.keychain.get('odoo')).toBeNull();
    expect(deps.settings.read().odoo).toBeUndefined();
  });

  it('keeps the password for this session only when asked, as mailjetSaveKeys does', async () => {
    const { deps, save } = await setup();
    const result = await save({ password: SEED_ADMIN.password, sessionOnly: true });
    expect(result).toMatchObject({ ok: true, value: { saved: true, source: 'session' } });
    expect(await deps.keychain.source('odoo')).toBe('session');
  });

  it('refuses an address the settings would refuse before Odoo, or anything else, is asked', async () => {
    const { deps, save } = await setup();
    expect(await save({ url: 'https://169.254.169.254', password: SEED_ADMIN.password })).toEqual({
      ok: false,
      error: { code: 'odoo.url-invalid' },
    });
    expect(await save({ db: 'demo\r\nBcc: x', password: SEED_ADMIN.password })).toMatchObject({
      ok: false,
      error: { code: 'app.invalid-input', params: { field: 'db' } },
    });
    expect(standIn!.calls).toEqual([]);
    expect(await deps.keychain.get('odoo')).toBeNull();
  });

  it('keeps a password Odoo quotes back out of the error, though nothing has stored it yet (secretInput in dispatch)', async () => {
    const { save } = await setup();
    forgetRememberedSecrets();
    const typed = 'quoted-back-password-7731';
    standIn!.inject({
      target: 'common.authenticate',
      times: 1,
      fault: { faultCode: 2, faultString: 'Password {password} has expired' },
    });
    const result = await save({ password: typed });
    expect(result).toEqual({
      ok: false,
      error: { code: 'odoo.user-error', params: { detail: 'Password [secret] has expired' } },
    });
  });
});
