import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import type { Keychain, StoredSecretName } from '@main/host/keychain';
import type { Demo } from '@main/sandbox/demo';
import { seriousViolations } from '../../support/axe';
import { hasChromium } from '../../support/chromium';
import { expectSecretsAbsent, recordRpcAnswers } from '../../support/page-secrets';
import { openWizard, type WizardSession } from '../../support/wizard-e2e';
import { wizardSuite } from '../../support/wizard-suite';

// Real use (no demo buttons) on a machine whose keychain does not answer: the keys step and the Odoo
// connection offer, besides the fix, to keep the secrets for this session only; every screen that
// relies on them says so, the Done report too, and nothing reaches the keychain.

let demo: Demo;
let session: WizardSession | undefined;

/** A system keychain that does not answer (not running, or locked); the writes it was asked for are kept. */
function brokenKeychain(code: 'keychain.unavailable' | 'keychain.locked'): Keychain & { writes: StoredSecretName[] } {
  const writes: StoredSecretName[] = [];
  const fail = async (): Promise<never> => {
    throw new AppError(code);
  };
  return {
    writes,
    get: fail,
    set: async (name) => {
      writes.push(name);
      return fail();
    },
    forget: fail,
    source: fail,
    probe: fail,
  };
}

describe.skipIf(!hasChromium())('secrets for this session only, without a keychain', { timeout: 60_000 }, () => {
  wizardSuite((started) => (demo = started));

  it('offers the fix or this session only, keeps both secrets in memory and says so up to the report (English)', async () => {
    const keychain = brokenKeychain('keychain.unavailable');
    session = await openWizard({ language: 'en', demo, realUse: { keychain } });
    const answers = recordRpcAnswers(session.page);
    await session.jumpTo({ path: 'automatic', current: 'mailjet-keys', completed: ['welcome'] });
    const page = session.page;

    // The fix for a keychain that is not running, and the other way on.
    await page.getByRole('alert').getByText('The system keychain is not running').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('install and start GNOME Keyring or KWallet');
    await page.getByText('You can also go on without it').waitFor();
    await page.getByText("It stays only in the assistant's memory, for this session").waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('API key', { exact: true }).fill(demo.controls.mailjet.apiKey);
    await page.getByLabel('Secret key').fill(demo.controls.mailjet.secretKey);
    await page.getByRole('button', { name: 'Check and use for this session only' }).click();
    await page.getByText('accepts this pair of keys').waitFor();
    await page.getByText(`Kept for this session only, ends in …${demo.controls.mailjet.secretKey.slice(-4)}`).waitFor();
    await page.getByText('is gone when you close the assistant', { exact: false }).first().waitFor();
    await page.getByText('your secret key: kept for this session only, never shown').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();

    // The Odoo password: the same choice.
    await page.getByRole('heading', { level: 1, name: 'Odoo connection' }).waitFor();
    await page
      .getByText('the assistant then keeps the Odoo password in its memory for this session only', { exact: false })
      .waitFor();
    await page.getByLabel('Odoo address').fill(demo.controls.odoo.url);
    // Leaving the address field asks the server for its databases: it lists one, already chosen.
    await page.getByLabel('Login').fill(demo.controls.odoo.login);
    await page.getByRole('combobox', { name: 'Database' }).waitFor();
    await page.getByLabel('Password or API key').fill(demo.controls.odoo.password);
    await page.getByRole('button', { name: 'Connect, keeping the password for this session only' }).click();
    await page.getByRole('heading', { name: 'Connected' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The steps that work with the secrets say so too.
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: 'Senders and domain' }).waitFor();
    await page.getByText('The Mailjet secret key is kept for this session only (no keychain answered)').waitFor();
    await session.jumpTo({
      path: 'automatic',
      current: 'odoo-server',
      completed: ['welcome', 'mailjet-keys', 'odoo-connection', 'senders', 'dns'],
    });
    await page
      .getByText('The Mailjet secret key and the Odoo password are kept for this session only', { exact: false })
      .waitFor();

    // The Done checklist (and so the report) says where the secrets are, and what closing the app means.
    await session.jumpTo({
      path: 'automatic',
      current: 'done',
      completed: ['welcome', 'mailjet-keys', 'odoo-connection', 'senders', 'dns', 'odoo-server'],
    });
    await page
      .getByText(
        /^Accepted by Mailjet; the secret key \(ending in …\w{4}\) is kept in the assistant's memory for this session only\.$/,
      )
      .waitFor();
    await page
      .getByText(/^It is gone when you close the assistant: next time paste it again in “Mailjet API keys”/)
      .waitFor();
    await page
      .getByText(/^kept in the assistant's memory for this session only: next time type it again in “Odoo connection”/)
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save the report' }).click(),
    ]);
    const report = readFileSync((await download.path())!, 'utf8');
    expect(report).toContain('is kept in the assistant&#39;s memory for this session only.');
    expect(report).toContain('It is gone when you close the assistant');
    expect(report).not.toContain(demo.controls.mailjet.secretKey);

    // Nothing was handed to the keychain, and no secret reached the page.
    expect(keychain.writes).toEqual([]);
    await expectSecretsAbsent(page, [demo.controls.mailjet.secretKey, demo.controls.odoo.password], answers);

    // Closing the assistant forgets them: the keys step asks again.
    await session.restart();
    await session.jumpTo({ path: 'automatic', current: 'mailjet-keys', completed: ['welcome'] });
    await session.page.getByRole('button', { name: 'Check and use for this session only' }).waitFor();
    expect(await session.page.getByLabel('Secret key').inputValue()).toBe('');
  });

  it('tells a locked keychain from a missing one, with its own fix (Italian)', async () => {
    session = await openWizard({ language: 'it', demo, realUse: { keychain: brokenKeychain('keychain.locked') } });
    await session.jumpTo({ path: 'automatic', current: 'mailjet-keys', completed: ['welcome'] });
    const alert = session.page.getByRole('alert');
    await alert.getByText('Il portachiavi di sistema è bloccato e chiede la sua password.').waitFor();
    expect(await alert.textContent()).toContain('Sbloccalo con la sua password');
    expect(await alert.textContent()).not.toContain('GNOME Keyring o KWallet');
    await session.page.getByRole('button', { name: 'Verifica e usa solo per questa sessione' }).waitFor();
    expect(await seriousViolations(session.page)).toEqual([]);
  });
});
