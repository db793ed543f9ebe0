import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dispatch } from '@main/core/dispatch';
import type { Demo } from '@main/sandbox/demo';
import type { WizardProgress } from '@shared/wizard';
import { seriousViolations } from '../../support/axe';
import { hasChromium } from '../../support/chromium';
import { expectSecretsAbsent, recordRpcAnswers } from '../../support/page-secrets';
import { openWizard, type WizardSession } from '../../support/wizard-e2e';
import { wizardSuite } from '../../support/wizard-suite';

// The "Senders and domain" step in Chromium on the demo: the automatic path with Odoo's addresses
// (Italian) and without DNS access (English), Mailjet failing and a cancel, each recovered, and the
// guided path. The Mailjet stand-in is shared by the file, so each test uses a domain of its own
// where that matters.

let demo: Demo;
let session: WizardSession | undefined;

async function call(name: string, input: unknown) {
  const result = await dispatch(session!.face.core, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}`);
  return result.value;
}

async function open(language: 'it' | 'en', options: { odoo: boolean; progress: Partial<WizardProgress> }) {
  session = await openWizard({ language, demo });
  const answers = recordRpcAnswers(session.page);
  await call('demoFillSecret', { name: 'mailjet' });
  await call('mailjetSaveKeys', { apiKey: demo.controls.mailjet.apiKey, secretKey: demo.controls.mailjet.secretKey });
  if (options.odoo) {
    await call('demoFillSecret', { name: 'odoo' });
    await call('odooConnect', {
      url: demo.controls.odoo.url,
      db: demo.controls.odoo.db,
      login: demo.controls.odoo.login,
    });
  }
  await session.jumpTo(options.progress);
  return { page: session.page, answers };
}

/** The Mailjet stand-in's own control API: faults, and what it holds. */
async function mailjetControl(action: string, body?: unknown) {
  const response = await fetch(`${demo.endpoints.mailjetApiUrl}/__control/${action}`, {
    method: body === undefined ? 'GET' : 'POST',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await response.json()) as { senders: Array<{ Email: string; Status: string }> };
}

async function sendersOf(domain: string) {
  const state = await mailjetControl('state');
  return state.senders.filter((sender) => sender.Email.endsWith(`@${domain}`));
}

async function rows(page: Page, listName: string) {
  return (await page.getByRole('list', { name: listName }).getByRole('listitem').allTextContents()).map((text) =>
    text.replace(/\s+/g, ' ').trim(),
  );
}

const expectNoSecret = (page: Page, answers: Array<Promise<string>>) =>
  expectSecretsAbsent(page, [demo.controls.mailjet.secretKey], answers, { log: session?.face.logLines ?? [] });

const AUTOMATIC_AT_SENDERS: Partial<WizardProgress> = {
  path: 'automatic',
  current: 'senders',
  completed: ['welcome', 'mailjet-keys', 'odoo-connection'],
};

// Chromium and the stand-ins share two cores with the other test files: room for a slow moment.
describe.skipIf(!hasChromium())('the senders and domain step', { timeout: 30_000 }, () => {
  wizardSuite((started) => (demo = started));

  it('takes the domain and addresses from Odoo, adds the senders once, and shows Mailjet again after a restart (Italian)', async () => {
    const { page, answers } = await open('it', { odoo: true, progress: AUTOMATIC_AT_SENDERS });
    await page.getByRole('heading', { level: 1, name: 'Mittenti e dominio' }).waitFor();
    await page.getByText('Preso dal dominio alias del tuo database Odoo.').waitFor();
    expect(await page.getByLabel('Dominio di invio').inputValue()).toBe('example.com');
    expect(await page.getByLabel('Indirizzo delle notifiche (mittente dei messaggi di Odoo)').inputValue()).toBe(
      'notifications@example.com',
    );
    expect(await page.getByRole('radio', { name: /Sì, posso aggiungere record DNS/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /E-mail transazionale/ }).isChecked()).toBe(true);

    // The whole domain only: adding an address is what makes Mailjet e-mail it, and the domain covers them.
    await page.getByRole('button', { name: 'Configura in Mailjet' }).click();
    await page.getByText('È stato aggiunto a Mailjet 1 mittente.').waitFor();
    const added = await rows(page, 'Mittenti in Mailjet');
    expect(added.map((row) => row.split(/[…!]/)[0])).toEqual([
      'Intero dominio*@example.com',
      'Notifichenotifications@example.com',
      'Bouncebounce@example.com',
      'Catch-allcatchall@example.com',
    ]);
    expect(added[0]).toContain('non ancora convalidatoaggiunto orain attesa del record TXT di proprietà');
    for (const row of added.slice(1))
      expect(row).toContain(
        'non ancora aggiuntocoperto appena il dominio è convalidato, senza e-mail a questo indirizzo',
      );
    await page.getByText('Prossimo passo: i record DNS').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Running it again is safe, and says so.
    await page.getByRole('button', { name: 'Ripeti la configurazione' }).click();
    await page.getByText('Non è stato creato nulla di nuovo: Mailjet aveva già tutti questi mittenti.').waitFor();
    expect(await sendersOf('example.com')).toHaveLength(1);
    await expectNoSecret(page, answers);

    // A restart opens the same step, which asks Mailjet again instead of showing what it remembered.
    await session!.restart();
    await session!.page.getByRole('heading', { level: 1, name: 'Mittenti e dominio' }).waitFor();
    await session!.page.getByText('4 mittenti non sono ancora attivi.').waitFor();
    expect(await session!.page.getByText('aggiunto ora').count()).toBe(0);
    await session!.page.getByRole('button', { name: 'Avanti' }).click();
    await session!.page.getByRole('heading', { level: 1, name: 'Record DNS' }).waitFor();
  });

  it('without DNS access, validates the addresses by activation e-mail and opens the demo inbox (English)', async () => {
    const { page, answers } = await open('en', { odoo: true, progress: AUTOMATIC_AT_SENDERS });
    await page.getByRole('heading', { level: 1, name: 'Senders and domain' }).waitFor();
    await page.getByLabel('Sending domain').fill('shop.example.net');
    await page.getByLabel('Sending domain').press('Enter');
    // The addresses follow the domain until one is typed by hand.
    expect(await page.getByLabel('Bounce address (undelivered mail comes back here)').inputValue()).toBe(
      'bounce@shop.example.net',
    );
    await page.getByLabel('Catch-all address (replies arrive here)').fill('replies@shop.example.net');
    await page.getByLabel('Catch-all address (replies arrive here)').blur();
    await page.getByRole('radio', { name: /No: validate the three addresses one by one/ }).check();
    await page.getByRole('radio', { name: /Mass emails/ }).check();
    await page.getByText('No domain of your own?').waitFor();
    // Said before the user confirms: each address added gets its activation e-mail, once.
    await page
      .getByText(
        'When you confirm, Mailjet e-mails an activation link to each of the 3 addresses it does not have yet: notifications@shop.example.net, bounce@shop.example.net, replies@shop.example.net.',
      )
      .waitFor();

    // Every choice is saved as it is made.
    await expect
      .poll(
        async () =>
          (await call('settingsRead', {})) as { mailjet?: { senderChoices?: object }; dns?: { domain?: string } },
      )
      .toMatchObject({
        mailjet: { senderChoices: { dnsAccess: false, emailType: 'bulk', catchall: 'replies@shop.example.net' } },
        dns: { domain: 'shop.example.net' },
      });

    await page.getByRole('button', { name: 'Set up in Mailjet' }).click();
    await page.getByText('4 senders were added to Mailjet.').waitFor();
    const waiting = await rows(page, 'Senders in Mailjet');
    expect(waiting[3]).toMatch(
      /^Catch-allreplies@shop\.example\.net…not validated yetadded nowwaiting for someone to click the link in Mailjet's activation e-mailActivation e-mail requested on /,
    );
    expect(waiting[0]).toContain('Not needed while the addresses are validated one by one');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Open the activation e-mails (demo inbox)' }).click();
    await page.getByText(/The demo inbox clicked \d+ activation links?\./).waitFor();
    await page.getByText('1 sender is not active yet.').waitFor();
    expect((await sendersOf('shop.example.net')).map((sender) => [sender.Email, sender.Status])).toEqual([
      ['*@shop.example.net', 'Inactive'],
      ['notifications@shop.example.net', 'Active'],
      ['bounce@shop.example.net', 'Active'],
      ['replies@shop.example.net', 'Active'],
    ]);

    // A domain of Odoo's cannot get DNS records: only the activation e-mails remain, with the CRM alias trick.
    await page.getByLabel('Sending domain').fill('acme.odoo.com');
    await page.getByLabel('Sending domain').blur();
    expect(await page.getByRole('radio', { name: /Yes, I can add DNS records/ }).isDisabled()).toBe(true);
    await page.getByText('acme.odoo.com belongs to Odoo').waitFor();
    await page.getByText('open CRM ▸ Configuration ▸ Sales Teams').waitFor();
    await expectNoSecret(page, answers);
  });

  it('explains a Mailjet failure and recovers on retry; a setup can be stopped and run again (English)', async () => {
    const { page } = await open('en', {
      odoo: false,
      progress: { path: 'automatic', current: 'senders', completed: ['welcome', 'mailjet-keys'] },
    });
    await page.getByRole('heading', { level: 1, name: 'Senders and domain' }).waitFor();
    await page.getByLabel('Sending domain').fill('faults.example.org');
    await page.getByLabel('Sending domain').blur();

    // Mailjet asks to come back in two minutes: longer than the assistant waits by itself.
    await mailjetControl('fault', { fault: { kind: 'status', status: 429, retryAfter: 120 } });
    await page.getByRole('button', { name: 'Set up in Mailjet' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Mailjet is receiving too many requests from this account right now.').waitFor();
    await alert.getByText('Wait a minute, then try again.').waitFor();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('1 sender was added to Mailjet.').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    // A request that never answers: the progress shows, Cancel stops it, and the next run finishes.
    await mailjetControl('fault', { fault: { kind: 'hang' } });
    await page.getByRole('button', { name: 'Run the setup again' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('alert').getByText('Stopped as you asked.').waitFor();
    await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
    await page.getByText('Nothing new was created: Mailjet already had every one of these senders.').waitFor();
    expect(await sendersOf('faults.example.org')).toHaveLength(1);
  });

  it('on the guided path, says what to click in Mailjet and reads back what Mailjet has (English)', async () => {
    const { page } = await open('en', {
      odoo: false,
      progress: { path: 'guided', current: 'senders', completed: ['welcome', 'mailjet-keys'] },
    });
    await page.getByRole('heading', { level: 1, name: 'Senders and domain' }).waitFor();
    await page.getByLabel('Sending domain').fill('guided.example.org');
    await page.getByLabel('Sending domain').blur();
    await page.getByRole('radio', { name: /No: validate the three addresses one by one/ }).check();
    const guide = page.getByRole('region', { name: 'What to do in Mailjet' });
    await guide.getByText('Click “Add a sender address” and add these three addresses, one at a time.').waitFor();
    expect(await guide.getByLabel('Bounce address to add').inputValue()).toBe('bounce@guided.example.org');
    await guide.getByText('choose transactional email as the type').waitFor();
    expect(await page.getByRole('button', { name: 'Set up in Mailjet' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Check status' }).click();
    await page.getByText('4 senders are not active yet.').waitFor();
    expect((await rows(page, 'Senders in Mailjet'))[1]).toBe(
      'Notificationsnotifications@guided.example.org!not added yetAdd it in Mailjet as shown above.',
    );

    // With DNS access the domain alone is added: only its row matters.
    await page.getByRole('radio', { name: /Yes, I can add DNS records/ }).check();
    await guide
      .getByText('Click “Add domain”, type your domain on the “Add a new Domain” page and click “Continue”.')
      .waitFor();
    expect(await guide.getByLabel('Domain to add').inputValue()).toBe('guided.example.org');
    expect(await rows(page, 'Senders in Mailjet')).toHaveLength(1);
    await page.getByText('Once the domain is active, every address on it may send').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
