import { afterEach, describe, expect, it } from 'vitest';
import { odooFixture, type OdooFixture } from './fixture';

// The wizard's last step tells "tested" from "created" by what the core remembers: when Odoo's
// "Test Connection" last passed, on which server, and for which database.

let fixture: OdooFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const authFailure = {
  faultCode: 2,
  faultString: 'Connection Test Failed! Here is what we got instead:\n (535, b"5.7.8 Error: authentication failed")',
};

describe('what the core remembers about the Odoo server', () => {
  it('remembers the choices and the passed test of a setup, and of a later test', async () => {
    fixture = await odooFixture(17);
    const setup = await fixture.call('odooSetup', {
      port: 587,
      purpose: 'mass-mailing',
      keepOdooForTransactional: true,
    });
    expect(setup.ok).toBe(true);
    const afterSetup = fixture.deps.settings.read().odoo;
    expect(afterSetup).toMatchObject({
      port: 587,
      purpose: 'mass-mailing',
      keepOdooForTransactional: true,
      serverId: setup.ok ? setup.value.serverId : -1,
    });
    expect(Date.parse(afterSetup?.testedAt ?? '')).not.toBeNaN();

    const untested = await fixture.call('odooSetup', {
      port: 587,
      purpose: 'mass-mailing',
      keepOdooForTransactional: true,
      test: false,
    });
    expect(untested.ok).toBe(true);
    expect(fixture.deps.settings.read().odoo?.testedAt).toBeUndefined();

    expect((await fixture.call('odooTest')).ok).toBe(true);
    expect(fixture.deps.settings.read().odoo?.testedAt).toBeTruthy();
  });

  it('forgets the passed test when a new test fails', async () => {
    fixture = await odooFixture(17);
    expect((await fixture.call('odooSetup', {})).ok).toBe(true);
    fixture.standIn.inject({ target: 'ir.mail_server.test_smtp_connection', fault: authFailure, times: 1 });
    const failed = await fixture.call('odooTest');
    expect(failed.ok ? '' : failed.error.code).toBe('odoo.smtp-auth');
    expect(fixture.deps.settings.read().odoo?.testedAt).toBeUndefined();
    expect(fixture.deps.settings.read().odoo?.serverId).toBeGreaterThan(0);
  });

  it('forgets the server and its test when another database is connected', async () => {
    fixture = await odooFixture(17);
    expect((await fixture.call('odooSetup', {})).ok).toBe(true);
    expect((await fixture.call('odooConnect')).ok).toBe(true);
    expect(fixture.deps.settings.read().odoo?.testedAt).toBeTruthy();

    const other = await fixture.call('odooConnect', {
      url: fixture.standIn.url.replace('127.0.0.1', 'localhost'),
      db: 'demo',
      login: 'admin',
    });
    expect(other.ok).toBe(true);
    expect(fixture.deps.settings.read().odoo).not.toHaveProperty('serverId');
    expect(fixture.deps.settings.read().odoo).not.toHaveProperty('testedAt');
  });
});
