import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch, type Core } from '@main/core/dispatch';
import type { Demo } from '@main/sandbox/demo';
import type { ChannelName } from '@shared/contract';
import { seriousViolations } from '../../support/axe';
import { hasChromium } from '../../support/chromium';
import { expectSecretsAbsent } from '../../support/page-secrets';
import { startDemoServices } from '../../support/web-face';
import { openWizard, type WizardSession } from '../../support/wizard-e2e';

// "Send a test e-mail" in Chromium on the demo, where the stand-ins form one mail system: Odoo's
// stand-in sends over real SMTP to the Mailjet stand-in's relay, whose message API the assistant
// follows. In Italian the sender is not validated yet (blocked, and why); in English, after the domain
// is validated, the message is delivered — on the outgoing-server step and on Done.

const BEFORE = ['welcome', 'mailjet-keys', 'odoo-connection', 'senders', 'dns'] as const;

let demo: Demo;
let session: WizardSession | undefined;

async function call(core: Core, name: ChannelName, input: unknown) {
  const result = await dispatch(core, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}`);
  return result.value;
}

async function open(language: 'it' | 'en', current: 'odoo-server' | 'done') {
  session = await openWizard({ language, demo });
  const core = session.face.core;
  await call(core, 'demoFillSecret', { name: 'mailjet' });
  await call(core, 'demoFillSecret', { name: 'odoo' });
  const { url, db, login } = demo.controls.odoo;
  await call(core, 'settingsWrite', {
    patch: { mailjet: { apiKey: demo.controls.mailjet.apiKey }, odoo: { url, db, login } },
  });
  await call(core, 'odooSetup', { port: 587 });
  await session.jumpTo({
    path: 'automatic',
    current,
    completed: [...BEFORE, ...(current === 'done' ? (['odoo-server'] as const) : [])],
  });
  session.page.setDefaultTimeout(10_000);
  return session;
}

async function close() {
  expect(session?.problems).toEqual([]);
  await session?.close();
  session = undefined;
}

describe.skipIf(!hasChromium())('the test e-mail in the wizard', () => {
  beforeAll(async () => {
    demo = await startDemoServices();
  });
  afterAll(async () => {
    await session?.close();
    await demo?.stop();
  });

  it('in Italian, on the outgoing-server step: Mailjet blocks a sender it has not validated, and the panel says why', async () => {
    const { page } = await open('it', 'odoo-server');
    await page.getByRole('heading', { level: 2, name: "Invia un'e-mail di prova" }).waitFor();
    await page.getByLabel('Destinatario').fill('cliente@example.net');
    await page.getByRole('button', { name: 'Invia e-mail di prova' }).click();
    await page.getByText(/^Il percorso del messaggio mjo-[0-9a-f]{12}$/).waitFor();
    await page.getByText(/^Odoo l'ha consegnata a Mailjet \(server n\. \d+, «Mailjet»\)\.$/).waitFor();
    await page.getByText("Mailjet l'ha ricevuta.").waitFor();
    await page.getByText("Mailjet l'ha bloccata.").waitFor();
    await page
      .getByText(
        "Mailjet ha accettato il messaggio e poi l'ha bloccato: il mittente notifications@example.com non è convalidato su Mailjet.",
      )
      .waitFor();
    expect(demo.mailjet!.smtp!.received.at(-1)).toMatchObject({
      headerFrom: 'notifications@example.com',
      rcptTo: ['cliente@example.net'],
    });
    expect(await seriousViolations(page)).toEqual([]);
    await expectSecretsAbsent(page, [demo.controls.mailjet.secretKey, demo.controls.odoo.password], [], {
      log: session?.face.logLines ?? [],
    });
    await close();
  }, 60_000);

  it('in English, on Done: once the domain is validated the message is delivered', async () => {
    const account = demo.mailjet!.control.account(demo.controls.mailjet.apiKey);
    if (!account.findSender('*@example.com')) account.createSender({ Email: '*@example.com' });
    account.findSender('*@example.com')!.Status = 'Active';
    const { page } = await open('en', 'done');
    await page.getByRole('heading', { level: 2, name: 'Send a test e-mail' }).waitFor();
    await page.getByLabel('Send it to').fill('customer@example.net');
    await page.getByRole('button', { name: 'Send test e-mail' }).click();
    await page.getByText("Mailjet sent it: the recipient's server accepted it.").waitFor();
    await page.getByText('Your mail goes out through Mailjet.').waitFor();
    await page.getByRole('button', { name: 'Send another one' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await expectSecretsAbsent(page, [demo.controls.mailjet.secretKey, demo.controls.odoo.password], [], {
      log: session?.face.logLines ?? [],
    });
    await close();
  }, 60_000);
});
