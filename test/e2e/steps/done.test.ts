import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dispatch, type Core } from '@main/core/dispatch';
import type { Demo } from '@main/sandbox/demo';
import type { ChannelName, ChannelOutput } from '@shared/contract';
import { seriousViolations } from '../../support/axe';
import { hasChromium } from '../../support/chromium';
import { openWizard, type WizardSession } from '../../support/wizard-e2e';
import { wizardSuite } from '../../support/wizard-suite';

// The last step in Chromium on the demo: the checklist read afresh from Mailjet, Odoo and the saved DNS
// check, its next steps, the report, a Mailjet failure and its retry, the fresh start, and the
// offline path that only lists the records and their files.

const BEFORE_DONE = ['welcome', 'mailjet-keys', 'odoo-connection', 'senders', 'dns', 'odoo-server'] as const;
const DOMAIN = 'example.com';

let demo: Demo;
let session: WizardSession | undefined;

async function call<K extends ChannelName>(core: Core, name: K, input: unknown): Promise<ChannelOutput<K>> {
  const result = await dispatch(core, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}`);
  return result.value as ChannelOutput<K>;
}

/** What the earlier steps leave behind on the automatic path. */
async function afterEarlierSteps(core: Core, options: { activationEmails?: 'send' } = {}) {
  await call(core, 'demoFillSecret', { name: 'mailjet' });
  await call(core, 'demoFillSecret', { name: 'odoo' });
  const { url, db, login } = demo.controls.odoo;
  await call(core, 'settingsWrite', {
    patch: { mailjet: { apiKey: demo.controls.mailjet.apiKey }, odoo: { url, db, login }, dns: { domain: DOMAIN } },
  });
  const report = await call(core, 'mailjetSetup', { domain: DOMAIN, ...options });
  await call(core, 'odooSetup', {});
  return report;
}

async function close() {
  expect(session?.problems).toEqual([]);
  await session?.close();
  session = undefined;
}

async function pageText(page: Page) {
  return page.evaluate(() =>
    [
      document.documentElement.outerHTML,
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
    ].join('\n'),
  );
}

/** Waits until every part of the checklist has been read. */
async function settled(page: Page) {
  await page.locator('.done-item').first().waitFor();
  await expect.poll(() => page.locator('.done-item .status-badge', { hasText: /Checking|Controllo/ }).count()).toBe(0);
}

describe.skipIf(!hasChromium())('the last step', () => {
  wizardSuite((started) => (demo = started));

  it('lists what is in place and what is pending in Italian, saves a report, and starts over without touching the keychain', async () => {
    session = await openWizard({ language: 'it', demo });
    const core = session.face.core;
    await afterEarlierSteps(core, { activationEmails: 'send' });
    await call(core, 'dnsCheck', { domain: DOMAIN });
    await session.jumpTo({ path: 'automatic', current: 'done', completed: [...BEFORE_DONE] });
    const page = session.page;
    page.setDefaultTimeout(8_000);
    await settled(page);

    const inPlace = page.getByRole('region', { name: 'Già a posto' });
    const pending = page.getByRole('region', { name: 'Ancora da fare' });
    // The demo's keys live in memory: the checklist says so, and that no keychain is needed.
    await inPlace
      .getByText(
        /^Le chiavi della demo sono accettate dal Mailjet della demo \(la chiave segreta termina con …\w{4}\)\. La demo tiene chiavi e password in memoria solo per questa sessione: non serve nessun portachiavi\.$/,
      )
      .waitFor();
    await inPlace
      .getByText(/^Il server Mailjet \(n\. \d+\) è configurato e ha superato «Prova Connessione» il \d+ \w+ \d{4}/)
      .waitFor();
    await pending.getByText('4 mittenti di example.com non possono ancora inviare:').waitFor();
    await pending
      .getByText(/^Alla verifica del \d+ \w+ \d{4}.*, \d record di example\.com non erano ancora a posto:$/)
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The demo's inbox clicks the activation e-mails; only the domain itself still waits for DNS.
    await pending.getByRole('button', { name: 'Demo: fai clic sulle e-mail di attivazione' }).click();
    await pending.getByText('1 mittente di example.com non può ancora inviare:').waitFor();
    await pending.getByText(/^Diventano attivi quando Mailjet convalida il dominio/).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Salva il resoconto' }).click(),
    ]);
    await page.getByText(/^Resoconto salvato come mailjet-odoo-example\.com-\d{4}-\d{2}-\d{2}\.html\.$/).waitFor();
    const report = readFileSync((await download.path())!, 'utf8');
    expect(report).toContain('<html lang="it">');
    expect(report).toContain('Mailjet per Odoo: resoconto della configurazione');
    expect(report).toContain('Dominio: example.com');
    expect(report).toContain('Database Odoo: demo su http://127.0.0.1');
    expect(report).toMatch(/Preparato il \d+ \w+ \d{4}/);
    expect(report).toContain('1 mittente di example.com non può ancora inviare:');
    expect(report).toContain('La demo tiene chiavi e password in memoria solo per questa sessione');
    for (const secret of [demo.controls.mailjet.secretKey, demo.controls.odoo.password]) {
      expect(report).not.toContain(secret);
      expect(await pageText(page)).not.toContain(secret);
    }

    // "Check again" leads to the DNS step; the checklist is one click away in the navigation.
    await page.getByRole('button', { name: 'Verifica di nuovo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record DNS' }).waitFor();
    await page.getByRole('navigation').getByRole('button', { name: /Fatto/ }).click();
    await settled(page);

    await page.getByRole('button', { name: 'Ricomincia per un altro database' }).click();
    await page.getByText(/^I progressi tornano al primo passo/).waitFor();
    await page.getByRole('button', { name: 'Sì, ricomincia' }).click();
    await page.getByRole('heading', { level: 1, name: 'Benvenuto' }).waitFor();
    await expect.poll(async () => (await call(core, 'progressRead', {})).completed).toEqual([]);
    const keychain = await call(core, 'keychainStatus', {});
    expect(keychain.secrets.mailjet.saved && keychain.secrets.odoo.saved).toBe(true);
    await close();
  }, 40_000);

  it('shows everything in place in English once the records are published, and recovers from a Mailjet failure', async () => {
    session = await openWizard({ language: 'en', demo });
    const core = session.face.core;
    const setup = await afterEarlierSteps(core);
    // Play the DNS panel and the inbox, as the earlier steps would, then let Mailjet and our checker look.
    const { records } = await call(core, 'dnsRecords', { domain: DOMAIN, mailjet: setup.dns });
    await call(core, 'demoPublishDns', { records: records.map(({ type, name, value }) => ({ type, name, value })) });
    await call(core, 'mailjetSetup', { domain: DOMAIN });
    await call(core, 'demoActivateSenders', {});
    await call(core, 'mailjetStatus', { check: true });
    await call(core, 'dnsCheck', { domain: DOMAIN, mailjet: setup.dns });
    await session.jumpTo({ path: 'automatic', current: 'done', completed: [...BEFORE_DONE] });
    const page = session.page;
    page.setDefaultTimeout(8_000);
    await settled(page);
    await page
      .getByText('Everything is in place: Odoo sends through Mailjet from your authenticated domain.')
      .waitFor();
    await page.getByText('All 4 senders for example.com can send.').waitFor();
    await page
      .getByText('Mailjet sees SPF and DKIM for example.com: the records have reached the outside world.')
      .waitFor();
    await page
      .getByText(/^At the check of \w+ \d+, \d{4}.*, every record for example\.com was published as needed\.$/)
      .waitFor();
    expect(await page.getByRole('region', { name: 'Still pending' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Mailjet refuses once: the item says so in a sentence with a next step, and its retry reads again.
    demo.mailjet!.control.fail({ fault: { kind: 'status', status: 401 }, method: 'GET', path: /\/dns\//i });
    await page.getByRole('button', { name: 'Refresh' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText(/^Mailjet \(.+\) refused the API key and secret key\.$/).waitFor();
    expect(await alert.textContent()).not.toMatch(/401|mailjet\.auth|Error:/);
    await page.getByRole('region', { name: 'Still pending' }).getByText('Senders in Mailjet').waitFor();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('All 4 senders for example.com can send.').waitFor();
    await page.getByText(/^Everything is in place/).waitFor();
    await close();
  }, 40_000);

  it('on the offline path lists the records prepared, the check, and the files, without calling Mailjet or Odoo', async () => {
    session = await openWizard({ language: 'en', demo });
    const core = session.face.core;
    await call(core, 'settingsWrite', { patch: { dns: { domain: DOMAIN, provider: 'generic' } } });
    const mailjetRequests = demo.mailjet!.requests.length;
    const odooCalls = demo.odoo!.calls.length;
    await session.jumpTo({ path: 'dns-only', current: 'done', completed: ['welcome', 'dns'] });
    const page = session.page;
    page.setDefaultTimeout(8_000);
    await settled(page);
    await page.getByText('2 records for example.com are ready to add at your DNS provider:').waitFor();
    await page.getByText('2 records can only be prepared once Mailjet shows their values:').waitFor();
    await page.getByText('The records for example.com have not been checked yet.').waitFor();
    expect(await page.getByText('Senders in Mailjet').count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Zone file' }).click(),
    ]);
    await page.getByText('Saved as dns-example.com.zone.').waitFor();
    expect(readFileSync((await download.path())!, 'utf8')).toContain('_dmarc.example.com.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Language').selectOption('it');
    await page.getByText('2 record di example.com sono pronti da inserire presso il tuo provider DNS:').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    expect(demo.mailjet!.requests.length).toBe(mailjetRequests);
    expect(demo.odoo!.calls.length).toBe(odooCalls);
    await close();
  });
});
