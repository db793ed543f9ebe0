import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dispatch } from '@main/core/dispatch';
import type { Demo } from '@main/sandbox/demo';
import { seriousViolations } from '../../support/axe';
import { hasChromium } from '../../support/chromium';
import { expectSecretsAbsent, recordRpcAnswers } from '../../support/page-secrets';
import { openWizard, type WizardSession } from '../../support/wizard-e2e';
import { wizardSuite } from '../../support/wizard-suite';

// The "Mailjet API keys" step in Chromium on the demo, one behaviour per test: pasting the pair (English);
// the demo button and a revisit, a restart, replacing and forgetting the keys (Italian); Mailjet refusing
// the pair, a rate limit and a cancel, each recovered (English). A test that needs the keys saved saves
// them through the core rather than clicking through the step again.

let demo: Demo;
let session: WizardSession | undefined;

/** Opens the step; `keysSaved`: the demo pair is already saved, as after an earlier visit. */
async function open(
  language: 'it' | 'en',
  options: { keysSaved?: boolean; completed?: Array<'welcome' | 'mailjet-keys'> } = {},
) {
  session = await openWizard({ language, demo });
  const answers = recordRpcAnswers(session.page);
  if (options.keysSaved) {
    const core = session.face.core;
    for (const [name, input] of [
      ['demoFillSecret', { name: 'mailjet' }],
      ['mailjetSaveKeys', { apiKey: demo.controls.mailjet.apiKey, secretKey: demo.controls.mailjet.secretKey }],
    ] as const) {
      const result = await dispatch(core, name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code}`);
    }
  }
  await session.jumpTo({ path: 'automatic', current: 'mailjet-keys', completed: options.completed ?? ['welcome'] });
  return { page: session.page, answers };
}

const expectNoSecret = (page: Page, answers: Array<Promise<string>>) =>
  expectSecretsAbsent(page, [demo.controls.mailjet.secretKey], answers, { log: session?.face.logLines ?? [] });

describe.skipIf(!hasChromium())('the Mailjet API keys step', { timeout: 30_000 }, () => {
  wizardSuite((started) => (demo = started));

  it('says where Mailjet shows the keys, checks the pasted pair, saves it and shows only its end (English)', async () => {
    const { page, answers } = await open('en');
    await page.getByRole('heading', { level: 1, name: 'Mailjet API keys' }).waitFor();
    const where = page.getByRole('region', { name: 'Where to find the keys in Mailjet' });
    // The step draws its body once the keychain has answered: wait for it before reading all of it at once.
    await where.getByRole('listitem').nth(3).waitFor();
    await page.getByLabel('API key', { exact: true }).waitFor();
    expect(await where.getByRole('listitem').allTextContents()).toEqual([
      'Sign in to Mailjet and open Account Information; in the Senders & Domains section, click SMTP and SEND API Settings.',
      'Click Retrieve your API credentials.',
      'Click the eye icon to reveal the API key, then copy it into the first field below.',
      'Click Generate Secret Key and copy the Secret Key into the second field. Paste it here straight away: it is the password Odoo will use.',
    ]);
    expect(await page.getByRole('link', { name: 'Open the API key page in Mailjet' }).getAttribute('href')).toBe(
      'https://app.mailjet.com/account/apikeys',
    );
    expect(await page.getByText('465 with SSL/TLS (the assistant').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // The demo prefills the API key; a pasted key with stray spaces is cleaned up.
    expect(await page.getByLabel('API key', { exact: true }).inputValue()).toBe(demo.controls.mailjet.apiKey);
    await page.getByLabel('API key', { exact: true }).fill(` ${demo.controls.mailjet.apiKey}\n`);
    await page.getByRole('button', { name: 'Check and save' }).click();
    await page.getByText('Paste the secret key as well.').waitFor();

    const secret = page.getByLabel('Secret key');
    expect(await secret.getAttribute('type')).toBe('password');
    expect(await secret.getAttribute('autocomplete')).toBe('off');
    await secret.fill(demo.controls.mailjet.secretKey);
    await secret.press('Enter');
    await page.getByText('accepts this pair of keys').waitFor();
    await page.getByText(`ends in …${demo.controls.mailjet.secretKey.slice(-4)}`).waitFor();
    await page.getByText('The account has no sender yet.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Saved keys');
    expect(
      await page
        .getByRole('region', { name: 'What Odoo will use to send through Mailjet' })
        .getByText(demo.controls.mailjet.apiKey)
        .count(),
    ).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await expectNoSecret(page, answers);

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: 'Odoo connection' }).waitFor();
    await expectNoSecret(page, answers);
  });

  it('takes the demo secret key and checks the saved pair with Mailjet again on every visit (Italian)', async () => {
    const { page, answers } = await open('it');
    await page.getByRole('heading', { level: 1, name: 'Chiavi API Mailjet' }).waitFor();
    await page.getByText('Fai clic su Recupera credenziali API.').waitFor();
    await page.getByText('Fai clic su Genera chiave privata', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Usa la chiave segreta della demo' }).click();
    await page.getByText('accetta questa coppia di chiavi').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Avanti' }).click();
    await page.getByRole('heading', { level: 1, name: 'Connessione a Odoo' }).waitFor();

    // Back to the step: the saved pair is checked with Mailjet again, not taken from memory.
    const requestsBefore = demo.mailjet!.requests.length;
    await page.getByRole('button', { name: 'Indietro' }).click();
    await page.getByRole('heading', { level: 1, name: 'Chiavi API Mailjet' }).waitFor();
    await page.getByText('accetta questa coppia di chiavi').waitFor();
    expect(demo.mailjet!.requests.length).toBeGreaterThan(requestsBefore);
    await expectNoSecret(page, answers);
  });

  it('checks the saved pair again after a restart, and can replace the keys or keep them (Italian)', async () => {
    await open('it', { keysSaved: true });
    await session!.restart();
    const again = session!.page;
    await again.getByRole('heading', { level: 1, name: 'Chiavi API Mailjet' }).waitFor();
    await again.getByText('accetta questa coppia di chiavi').waitFor();
    expect(await again.getByRole('button', { name: 'Avanti' }).isEnabled()).toBe(true);

    await again.getByRole('button', { name: 'Sostituisci le chiavi' }).click();
    expect(await again.getByLabel('Chiave segreta').inputValue()).toBe('');
    expect(await again.getByRole('button', { name: 'Avanti' }).isDisabled()).toBe(true);
    await again.getByRole('button', { name: 'Tieni le chiavi salvate' }).click();
    await again.getByText('accetta questa coppia di chiavi').waitFor();
  });

  it('forgets the keys when asked: the keychain holds nothing and the step is no longer done (Italian)', async () => {
    const { page, answers } = await open('it', { keysSaved: true, completed: ['welcome', 'mailjet-keys'] });
    const stepButton = page.getByRole('navigation').getByRole('button', { name: /Chiavi API Mailjet/ });
    await page.getByText('accetta questa coppia di chiavi').waitFor();
    expect(await stepButton.textContent()).toContain('completato');

    await page.getByRole('button', { name: 'Rimuovi le chiavi' }).click();
    await page.getByRole('button', { name: 'Sì, rimuovile' }).click();
    await page.getByLabel('Chiave segreta').waitFor();
    // The step stops being done once the core has answered the status read that follows the removal.
    await expect.poll(() => page.getByRole('button', { name: 'Avanti' }).isDisabled()).toBe(true);
    expect((await session!.face.core.deps.keychain.get('mailjet')) ?? undefined).toBeUndefined();
    await expect.poll(() => stepButton.textContent()).not.toContain('completato');
    expect(await seriousViolations(page)).toEqual([]);
    await expectNoSecret(page, answers);
  });

  it('explains a refused pair, empties the secret key and puts the focus back on it (English)', async () => {
    const { page } = await open('en');
    await page.getByLabel('Secret key').fill('not-the-right-secret-key');
    await page.getByRole('button', { name: 'Check and save' }).click();
    await page.getByText('refused the API key and secret key').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('SMTP and SEND API Settings');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('password');
    expect(await page.getByLabel('Secret key').inputValue()).toBe('');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Secret key').fill(demo.controls.mailjet.secretKey);
    await page.getByRole('button', { name: 'Check and save' }).click();
    await page.getByText('accepts this pair of keys').waitFor();
  });

  it('says when Mailjet asks to wait longer than the client waits by itself, and recovers on Try again (English)', async () => {
    const { page } = await open('en', { keysSaved: true });
    // The first check, on opening, is over before the fault is armed for the next one.
    await page.getByText('accepts this pair of keys').waitFor();
    demo.mailjet!.control.fail({ fault: { kind: 'status', status: 429, retryAfter: 120 }, times: 1 });
    await page.reload();
    await page.getByText('receiving too many requests').waitFor();
    expect(await page.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('accepts this pair of keys').waitFor();
  });

  it('lets a check that hangs be cancelled, then run again (English)', async () => {
    const { page } = await open('en', { keysSaved: true });
    // The first check, on opening, is over before the fault is armed for the next one.
    await page.getByText('accepts this pair of keys').waitFor();
    demo.mailjet!.control.fail({ fault: { kind: 'hang' }, times: 1 });
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Checking the keys with Mailjet…' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Stopped as you asked.').waitFor();
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('accepts this pair of keys').waitFor();
    expect(await page.getByRole('button', { name: 'Next' }).isEnabled()).toBe(true);
  });
});
