import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Demo } from '@main/sandbox/demo';
import { seriousViolations } from '../../support/axe';
import { hasChromium } from '../../support/chromium';
import { cli } from '../../support/cli';
import { expectSecretsAbsent, recordRpcAnswers } from '../../support/page-secrets';
import { openWizard, type WizardSession } from '../../support/wizard-e2e';
import { wizardSuite } from '../../support/wizard-suite';

// The "Odoo connection" step in Chromium on the demo: connecting with a typed password (English), a
// refused password retyped without losing the other fields, a revisit and a restart (Italian), Odoo
// unavailable and back, connecting Odoo before the Mailjet keys, and an Odoo fault quoting the password.

let demo: Demo;
let session: WizardSession | undefined;

async function open(language: 'it' | 'en', completed: Array<'welcome' | 'mailjet-keys'> = ['welcome', 'mailjet-keys']) {
  session = await openWizard({ language, demo });
  const answers = recordRpcAnswers(session.page);
  await session.jumpTo({
    path: 'automatic',
    current: completed.includes('mailjet-keys') ? 'odoo-connection' : 'mailjet-keys',
    completed,
  });
  return { page: session.page, answers };
}

const expectNoPassword = (page: Page, answers: Array<Promise<string>>) =>
  expectSecretsAbsent(page, [demo.controls.odoo.password], answers, { log: session?.face.logLines ?? [] });

describe.skipIf(!hasChromium())('the Odoo connection step', { timeout: 30_000 }, () => {
  wizardSuite((started) => (demo = started));

  it('connects with a typed password and shows what Odoo holds (English)', async () => {
    const { page, answers } = await open('en');
    await page.getByRole('heading', { level: 1, name: 'Odoo connection' }).waitFor();
    expect(await page.getByLabel('Odoo address').inputValue()).toBe(demo.controls.odoo.url);
    expect(await page.getByLabel('Login').inputValue()).toBe('admin');
    // The demo server lists its databases: a choice, with the only one already chosen.
    await page.getByRole('combobox', { name: 'Database' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Database' }).inputValue()).toBe('demo');
    await page.getByText('Preferences ▸ Account Security ▸ New API Key').waitFor();
    expect(await page.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // A link copied from the browser's address bar is reduced to the server's address.
    await page.getByLabel('Odoo address').fill(`${demo.controls.odoo.url}/odoo/action-123?debug=1`);
    await page.getByText(`The assistant will connect to ${demo.controls.odoo.url}.`).waitFor();
    const password = page.getByLabel('Password or API key');
    expect(await password.getAttribute('type')).toBe('password');
    expect(await password.getAttribute('autocomplete')).toBe('off');
    await password.fill(demo.controls.odoo.password);
    await password.press('Enter');

    await page.getByRole('heading', { name: 'Connected' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Connected');
    await page.getByText(`Signed in to ${demo.controls.odoo.url}, database “demo”, as “admin”.`).waitFor();
    const found = page.getByRole('region', { name: 'What the assistant found' });
    await found.getByText('17.0').waitFor();
    await found.getByText('“admin” has access to Settings.').waitFor();
    // The demo plays Odoo 17: XML-RPC, and no notice about it.
    expect(
      await found
        .getByRole('definition')
        .filter({ hasText: /^XML-RPC$/ })
        .count(),
    ).toBe(1);
    for (const address of ['example.com', 'notifications@example.com', 'bounce@example.com', 'catchall@example.com']) {
      expect(await found.getByText(address, { exact: true }).count()).toBe(1);
    }
    const rows = found.getByRole('table').getByRole('row');
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await rows.nth(1).textContent()).toContain('smtp.example.com');
    expect(await page.getByRole('button', { name: 'Next' }).isEnabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await expectNoPassword(page, answers);

    // A neutralized copy (an Odoo.sh staging database) keeps every mail server off: the step stops there.
    demo.odoo!.db.params.set('database.is_neutralized', 'true');
    await page.getByRole('button', { name: 'Read again' }).click();
    await page.getByText('is a neutralized copy').waitFor();
    expect(await page.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
    demo.odoo!.db.params.delete('database.is_neutralized');
    await page.getByRole('button', { name: 'Read again' }).click();
    await expect.poll(() => page.getByText('is a neutralized copy').count()).toBe(0);

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: 'Senders and domain' }).waitFor();
    expect(await session!.face.core.deps.keychain.get('odoo')).toBe(demo.controls.odoo.password);
    await expectNoPassword(page, answers);
  });

  it('lets a refused password be typed again, keeps the rest, and reads Odoo again on every visit and after a restart (Italian)', async () => {
    const { page, answers } = await open('it');
    const calls: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/rpc/')) calls.push(path.slice('/rpc/'.length));
    });
    await page.getByRole('heading', { level: 1, name: 'Connessione a Odoo' }).waitFor();
    await page.getByLabel('Login').fill('admin');
    await page.getByLabel('Password o chiave API').fill('una-password-sbagliata');
    await page.getByRole('button', { name: 'Connetti', exact: true }).click();
    await page.getByText('Odoo non ha accettato il login «admin» con questa password o chiave API.').waitFor();
    await page
      .getByText("Odoo non l'ha accettata: scrivi di nuovo la password o la chiave API.", { exact: false })
      .waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('password');
    expect(await page.getByLabel('Password o chiave API').inputValue()).toBe('');
    expect(await page.getByLabel('Indirizzo di Odoo').inputValue()).toBe(demo.controls.odoo.url);
    expect(await page.getByLabel('Login').inputValue()).toBe('admin');
    // The refused password is not kept in the keychain: it was never handed to it, the core checked it first.
    await expect.poll(() => session!.face.core.deps.keychain.get('odoo')).toBeNull();
    expect(calls).toContain('odooSaveLogin');
    expect(
      calls.filter((channel) => channel.startsWith('keychainSave') || channel.startsWith('keychainForget')),
    ).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Usa la password della demo' }).click();
    // The demo keeps its password in memory, and says so.
    await page.getByText('Tenuta solo per questa sessione').waitFor();
    await page.getByRole('button', { name: 'Connetti', exact: true }).click();
    await page.getByRole('heading', { name: 'Connesso' }).waitFor();
    await page.getByText('«admin» ha accesso alle Impostazioni.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A revisit reads Odoo again rather than showing what it remembers.
    const callsBefore = demo.odoo!.calls.length;
    await page.getByRole('button', { name: 'Indietro' }).click();
    await page.getByRole('heading', { level: 1, name: 'Chiavi API Mailjet' }).waitFor();
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Connessione a Odoo/ })
      .click();
    await page.getByRole('heading', { name: 'Connesso' }).waitFor();
    expect(demo.odoo!.calls.length).toBeGreaterThan(callsBefore);

    await session!.restart();
    const again = session!.page;
    await again.getByRole('heading', { name: 'Connesso' }).waitFor();
    await again.getByRole('button', { name: 'Cambia i dati di connessione' }).click();
    expect(await again.getByLabel('Login').inputValue()).toBe('admin');
    await again.getByText('Tenuta solo per questa sessione').waitFor();
    expect(await again.getByRole('button', { name: 'Avanti' }).isDisabled()).toBe(true);
    await again.getByRole('button', { name: 'Tieni la connessione attuale' }).click();
    await again.getByRole('heading', { name: 'Connesso' }).waitFor();
    expect(await again.getByRole('button', { name: 'Avanti' }).isEnabled()).toBe(true);
    await expectNoPassword(again, answers);
  });

  it('explains an Odoo that is down and connects on retry; can connect Odoo before the Mailjet keys (English)', async () => {
    const { page } = await open('en', ['welcome']);
    await page.getByRole('heading', { level: 1, name: 'Mailjet API keys' }).waitFor();
    await page.getByRole('button', { name: 'Go to the Odoo connection' }).click();
    await page.getByRole('heading', { level: 1, name: 'Odoo connection' }).waitFor();

    demo.odoo!.inject({ target: 'common.version', httpStatus: 503, times: 1 });
    await page.getByRole('button', { name: 'Use the demo password' }).click();
    await page.getByText('Kept for this session only').waitFor();
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByText('is not available right now (HTTP 503)').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('maintenance');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Connected' }).waitFor();

    // Connected first, so Next goes back to the keys that are still missing.
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mailjet API keys' }).waitFor();
    await page.getByRole('button', { name: 'Use the demo secret key' }).click();
    await page.getByText('accepts this pair of keys').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: 'Senders and domain' }).waitFor();
  });

  it('keeps the password out of an Odoo fault that quotes it: the page, the answers, the log and the CLI --json error (English)', async () => {
    const { page, answers } = await open('en');
    await page.getByRole('heading', { level: 1, name: 'Odoo connection' }).waitFor();
    const expired = {
      target: 'common.authenticate',
      times: 1,
      fault: { faultCode: 2, faultString: 'Password {password} has expired' },
    };
    demo.odoo!.inject(expired);
    await page.getByRole('button', { name: 'Use the demo password' }).click();
    await page.getByText('Kept for this session only').waitFor();
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByText('Password [secret] has expired').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const { url, db, login } = demo.controls.odoo;
    demo.odoo!.inject(expired);
    const run = await cli(['odoo', 'info', '--url', url, '--db', db, '--login', login, '--json'], {
      keychain: session!.face.core.deps.keychain,
      env: { MAILJET_API_KEY: demo.controls.mailjet.apiKey },
    });
    expect(JSON.parse(run.stdout).error).toEqual({
      code: 'odoo.user-error',
      params: { detail: 'Password [secret] has expired' },
    });
    // The search looks at real content: the fault is in the log, the error in the answers.
    const log = session!.face.logLines;
    expect(log.join('\n')).toContain('has expired');
    expect((await Promise.all(answers)).join('\n')).toContain('odoo.user-error');
    await expectSecretsAbsent(page, [demo.controls.odoo.password], answers, { log, cli: [run] });
  });
});
