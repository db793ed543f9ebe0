import { mkdtempSync, readdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createOsKeychain } from '@main/host/keychain';
import { SEED_ADMIN } from '@main/sandbox/odoo/database';
import { startOdooStandIn, type OdooStandIn } from '@main/sandbox/odoo/server';
import { cli } from '../../support/cli';

// `mailjet-odoo login odoo` on the system keychain (a throwaway Secret Service, test/support/with-keyring.sh):
// the password is checked with Odoo (the stand-in) before it is stored, so a wrong one is refused with a
// sentence and a non-zero exit, and neither the keychain nor the settings keep anything.

let standIn: OdooStandIn | undefined;
const service = `test-login-odoo-${randomBytes(6).toString('hex')}`;
const keychain = createOsKeychain(service);
afterEach(async () => {
  await keychain.forget('odoo');
  await standIn?.close();
  standIn = undefined;
});

async function loginOdoo(password: string, language: 'en' | 'it') {
  standIn ??= await startOdooStandIn({ version: 17 });
  const home = mkdtempSync(join(tmpdir(), 'login-odoo-'));
  // No keychain handed in: the command builds its own, the system one, under this test's service name.
  const run = await cli(
    ['login', 'odoo', '--url', standIn.url, '--db', 'demo', '--login', 'admin', '--lang', language],
    {
      home,
      stdin: `${password}\n`,
      env: { MAILJET_ODOO_KEYCHAIN_SERVICE: service, DBUS_SESSION_BUS_ADDRESS: process.env.DBUS_SESSION_BUS_ADDRESS },
    },
  );
  return { ...run, home };
}

describe.skipIf(!process.env.ASSISTANT_TEST_KEYRING)('mailjet-odoo login odoo, on the system keychain', () => {
  it('refuses a wrong password with a sentence in each language and stores nothing', async () => {
    const english = await loginOdoo('a-wrong-password-42', 'en');
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('Odoo did not accept the login “admin” with this password or API key.');
    expect(english.stderr).toContain('What to do:');
    const italian = await loginOdoo('a-wrong-password-42', 'it');
    expect(italian.code).toBe(2);
    expect(italian.stderr).toContain('Odoo non ha accettato il login «admin» con questa password o chiave API.');
    for (const run of [english, italian]) {
      expect(run.stdout + run.stderr).not.toContain('a-wrong-password-42');
      expect(readdirSync(run.home)).not.toContain('settings.json');
    }
    expect(await keychain.get('odoo')).toBeNull();
  });

  it('stores the password Odoo accepts, in the system keychain, and says which Odoo accepted it', async () => {
    const run = await loginOdoo(SEED_ADMIN.password, 'en');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Odoo 17.0 at ${standIn!.url} accepted the login “admin” on database “demo”.`);
    expect(run.stdout).toContain(`Saved in the system keychain (ends in …${SEED_ADMIN.password.slice(-4)}).`);
    expect(run.stdout + run.stderr).not.toContain(SEED_ADMIN.password);
    expect(await keychain.get('odoo')).toBe(SEED_ADMIN.password);
  });
});
