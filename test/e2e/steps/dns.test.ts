import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { dispatch } from '@main/core/dispatch';
import type { Demo } from '@main/sandbox/demo';
import type { WizardProgress } from '@shared/wizard';
import { seriousViolations } from '../../support/axe';
import { hasChromium } from '../../support/chromium';
import { openWizard, type WizardSession } from '../../support/wizard-e2e';
import { wizardSuite } from '../../support/wizard-suite';

// The "DNS records" step in Chromium on the demo: the automatic path after a Mailjet setup (English),
// with the provider's form, the exports, the demo DNS panel, the check and a restart; the offline path
// (Italian) with values pasted from Mailjet, a bad paste, and a DNS failure recovered on retry.

let demo: Demo;
let session: WizardSession | undefined;

async function call(name: string, input: unknown) {
  const result = await dispatch(session!.face.core, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}`);
  return result.value;
}

async function open(
  language: 'it' | 'en',
  progress: Partial<WizardProgress>,
  prepare: () => Promise<void> = async () => {},
) {
  session = await openWizard({ language, demo });
  await prepare();
  await session.jumpTo(progress);
  return session.page;
}

/** Clicks an export button and returns the file the page handed to the browser's download. */
async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), content: await readFile((await file.path())!, 'utf8') };
}

const field = (card: Locator, label: string) => card.getByLabel(label, { exact: true }).inputValue();

/** What the Mailjet stand-in holds, through its own control API. */
async function mailjetState() {
  const response = await fetch(`${demo.endpoints.mailjetApiUrl}/__control/state`);
  return (await response.json()) as { senders: Array<{ Email: string; Status: string }> };
}

// Chromium and the stand-ins share two cores with the other test files: room for a slow moment.
describe.skipIf(!hasChromium())('the DNS records step', { timeout: 30_000 }, () => {
  wizardSuite((started) => (demo = started));

  it("shows Mailjet's records in the provider's form, exports them, and turns green once published (English)", async () => {
    const page = await open(
      'en',
      { path: 'automatic', current: 'dns', completed: ['welcome', 'mailjet-keys', 'odoo-connection', 'senders'] },
      async () => {
        await call('demoFillSecret', { name: 'mailjet' });
        await call('mailjetSaveKeys', {
          apiKey: demo.controls.mailjet.apiKey,
          secretKey: demo.controls.mailjet.secretKey,
        });
        await call('mailjetSetup', { domain: 'example.com' });
      },
    );
    await page.getByRole('heading', { level: 1, name: 'DNS records' }).waitFor();
    await page.getByText('Records for example.com, the domain chosen with the senders.').waitFor();
    await page.getByText('The ownership and DKIM values come from Mailjet').waitFor();
    // The demo zone's nameservers are Cloudflare's, as a real zone there has them.
    await page.getByText("Recognised from the domain's nameservers. Change it if it is not right.").waitFor();

    const ownership = page.getByRole('article', { name: 'Mailjet domain ownership' });
    expect(await field(ownership, 'Host')).toMatch(/^mailjet\._[0-9a-f]{8}$/);
    const spf = page.getByRole('article', { name: 'SPF (servers allowed to send)' });
    await spf.getByText('Edit the existing record').waitFor();
    await spf.getByText('v=spf1 include:_spf.google.com ~all', { exact: true }).waitFor();
    expect(await field(spf, 'Value')).toBe('v=spf1 include:_spf.google.com include:spf.mailjet.com ~all');
    const dkim = page.getByRole('article', { name: 'Mailjet DKIM key' });
    expect(await field(dkim, 'Value')).toMatch(/^k=rsa; p=MIIB/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // The provider's own form: recognised, saved, and the instructions follow.
    expect(await page.getByLabel('Your DNS provider', { exact: true }).inputValue()).toBe('cloudflare');
    await page.getByRole('heading', { name: 'Records to add at Cloudflare' }).waitFor();
    await page.getByText('The panel splits values longer than 255 characters by itself.').waitFor();
    await expect
      .poll(async () => ((await call('settingsRead', {})) as { dns?: { provider?: string } }).dns?.provider)
      .toBe('cloudflare');

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const dmarc = page.getByRole('article', { name: 'DMARC policy' });
    await dmarc.getByRole('button', { name: 'Copy' }).nth(1).click();
    await dmarc.getByText('Copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('v=DMARC1; p=none');

    const zone = await download(page, 'Zone file (.zone)');
    expect(zone.name).toBe('dns-example.com.zone');
    expect(zone.content).toMatch(/^_dmarc\.example\.com\.\s+3600\s+IN\s+TXT\s+"v=DMARC1; p=none"$/m);
    const csv = await download(page, 'Spreadsheet (CSV)');
    expect(csv.content.split('\r\n')[0]).toBe('purpose,type,name,value,ttl,action');
    const sheet = await download(page, 'Sheet for your DNS manager (HTML, printable)');
    expect(sheet.name).toBe('dns-example.com.html');
    expect(sheet.content).toContain('Cloudflare');
    await page.getByText('dns-example.com.html is in your downloads.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The demo's DNS panel publishes the records; the check then finds them, and Mailjet validates the domain.
    await page.getByRole('button', { name: 'Publish these records (demo DNS panel)' }).click();
    await page.getByText('The demo DNS panel published 4 records. Now click “Check now”.').waitFor();
    await page.getByRole('button', { name: 'Check now' }).click();
    await page.getByText('Every record is published correctly.').waitFor();
    await page.getByText('Mailjet is satisfied: the domain is validated and SPF and DKIM are in place.').waitFor();
    // The whole domain only: its addresses were never added (nor e-mailed), the validated domain covers them.
    expect((await mailjetState()).senders.map((sender) => [sender.Email, sender.Status])).toEqual([
      ['*@example.com', 'Active'],
    ]);
    await spf.getByText('Already in place').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // After a restart the step comes back as it was left, and checking again is harmless.
    await session!.restart();
    const again = session!.page;
    await again.getByRole('heading', { level: 1, name: 'DNS records' }).waitFor();
    expect(await again.getByLabel('Your DNS provider', { exact: true }).inputValue()).toBe('cloudflare');
    await again.getByText(/^Last check, on .+: every record was published correctly\.$/).waitFor();
    await again.getByRole('button', { name: 'Check now' }).click();
    await again.getByText('Every record is published correctly.').waitFor();
  });

  it('on the guided path, reads the values of a domain added by hand in Mailjet and says how to validate it there (English)', async () => {
    const page = await open(
      'en',
      { path: 'guided', current: 'dns', completed: ['welcome', 'mailjet-keys', 'senders'] },
      async () => {
        await call('demoFillSecret', { name: 'mailjet' });
        await call('mailjetSaveKeys', {
          apiKey: demo.controls.mailjet.apiKey,
          secretKey: demo.controls.mailjet.secretKey,
        });
        await call('settingsWrite', { patch: { dns: { domain: 'hand.example.org' } } });
        // The user's own click on "Add domain" in Mailjet.
        const { apiKey, secretKey } = demo.controls.mailjet;
        await fetch(`${demo.endpoints.mailjetApiUrl}/v3/REST/sender`, {
          method: 'POST',
          headers: {
            authorization: `Basic ${Buffer.from(`${apiKey}:${secretKey}`).toString('base64')}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ Email: '*@hand.example.org' }),
        });
      },
    );
    await page.getByText('The ownership and DKIM values were read from your Mailjet account just now.').waitFor();
    await page.getByRole('article', { name: 'Mailjet domain ownership' }).waitFor();
    expect(await page.getByText('Values copied from Mailjet (optional)').count()).toBe(0);
    // A domain whose nameservers name no known provider: the provider is chosen by hand, and saved.
    await page.getByText('The nameservers do not tell which provider this is').waitFor();
    await page.getByLabel('Your DNS provider', { exact: true }).selectOption('aruba');
    await page.getByRole('heading', { name: 'Records to add at Aruba' }).waitFor();
    await expect
      .poll(async () => ((await call('settingsRead', {})) as { dns?: { provider?: string } }).dns?.provider)
      .toBe('aruba');

    await page.getByRole('button', { name: 'Publish these records (demo DNS panel)' }).click();
    await page.getByRole('button', { name: 'Check now' }).click();
    await page.getByText('Every record is published correctly.').waitFor();
    // The assistant does not click in Mailjet on this path: it says where the user does.
    await page.getByText('choose Validate and then “Check Now”').waitFor();
    expect((await mailjetState()).senders.find((sender) => sender.Email === '*@hand.example.org')?.Status).toBe(
      'Inactive',
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('prepares the records offline from what is pasted, explains a bad paste and a DNS failure, and recovers (Italian)', async () => {
    const page = await open('it', { path: 'dns-only', current: 'dns', completed: ['welcome'] });
    await page.getByRole('heading', { level: 1, name: 'Record DNS' }).waitFor();
    await page.getByLabel('Il tuo dominio').fill('negozio-esempio.it');
    await page.getByLabel('Il tuo dominio').press('Enter');
    await page.getByRole('heading', { name: 'Record da inserire presso il tuo provider DNS' }).waitFor();
    await page.getByText('Scegli il tuo provider per avere i record nella forma che chiede il suo modulo').waitFor();
    expect(await field(page.getByRole('article', { name: "SPF (server autorizzati all'invio)" }), 'Valore')).toBe(
      'v=spf1 include:spf.mailjet.com ~all',
    );
    const pending = page.locator('.dns-pending');
    expect(await pending.getByRole('listitem').count()).toBe(2);

    // The ownership record from Mailjet's page, pasted by hand, joins the others.
    await page.getByText('Valori copiati da Mailjet (facoltativi)').click();
    await page.getByLabel('Record di verifica: Host').fill('mailjet._abc123');
    await page.getByLabel('Record di verifica: Valore').fill('abcdef0123456789');
    await page.getByLabel('Record di verifica: Valore').blur();
    const ownership = page.getByRole('article', { name: 'Verifica del dominio su Mailjet' });
    expect(await field(ownership, 'Host')).toBe('mailjet._abc123');
    expect(await pending.getByRole('listitem').count()).toBe(1);

    // A DKIM key cut short is explained in one sentence with what to do.
    await page.getByLabel('Record DKIM: Valore (k=rsa; p=…)').fill('k=rsa; p=abc');
    await page.getByLabel('Record DKIM: Valore (k=rsa; p=…)').blur();
    const alert = page.getByRole('alert');
    await alert
      .getByText('La chiave DKIM è incompleta: sono arrivati solo 3 caratteri e manca la parte finale.')
      .waitFor();
    await alert.getByText('Copiala di nuovo da Mailjet, selezionando tutto il valore.').waitFor();
    await page.getByLabel('Record DKIM: Valore (k=rsa; p=…)').fill('');
    await page.getByLabel('Record DKIM: Valore (k=rsa; p=…)').blur();
    await ownership.waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    const csv = await download(page, 'Foglio di calcolo (CSV)');
    expect(csv.content).toContain('ownership,TXT,mailjet._abc123.negozio-esempio.it,abcdef0123456789,3600,add');

    // The check needs DNS: a failing nameserver is explained, and the retry works once it answers.
    await page.getByText('«Controlla ora» richiede una connessione a Internet').waitFor();
    demo.dns!.setFault('negozio-esempio.it', { mode: 'servfail' });
    await page.getByRole('button', { name: 'Controlla ora' }).click();
    await page
      .getByRole('alert')
      .getByText(/^I server DNS non riescono a rispondere per questo dominio \(SERVFAIL/)
      .waitFor();
    // A nameserver that takes its time: the check shows its progress and stops when asked.
    demo.dns!.setFault('negozio-esempio.it', { mode: 'slow', delayMs: 20_000 });
    await page.getByRole('alert').getByRole('button', { name: 'Riprova' }).click();
    await page.getByRole('button', { name: 'Annulla' }).click();
    await page.getByRole('alert').getByText('Operazione interrotta, come richiesto.').waitFor();
    demo.dns!.setFault('negozio-esempio.it', null);
    await page.getByRole('alert').getByRole('button', { name: 'Riprova' }).click();
    await page.getByText(/^\d+ record richiedono ancora attenzione\.$/).waitFor();
    const published = page.getByRole('list', { name: 'Record come risultano pubblicati' });
    await published.getByText('A _dmarc.negozio-esempio.it non esiste ancora nulla.', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Everything typed survives a restart.
    await session!.restart();
    await session!.page.getByRole('article', { name: 'Verifica del dominio su Mailjet' }).waitFor();
    expect(await session!.page.getByLabel('Il tuo dominio').inputValue()).toBe('negozio-esempio.it');
  });
});
