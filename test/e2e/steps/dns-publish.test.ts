import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '@main/core/dispatch';
import type { Demo } from '@main/sandbox/demo';
import type { WizardProgress } from '@shared/wizard';
import { seriousViolations } from '../../support/axe';
import { hasChromium } from '../../support/chromium';
import { expectSecretsAbsent, recordRpcAnswers } from '../../support/page-secrets';
import { startDemoServices } from '../../support/web-face';
import { openWizard, type WizardSession } from '../../support/wizard-e2e';

// "Publish the records for me" in Chromium on the demo: Cloudflare chosen as the provider, the demo
// token checked and saved, the plan previewed, the changes applied through the Cloudflare stand-in into
// the demo DNS, and the check turning green; in Italian and in English, with axe and the secret search.

let demo: Demo;
let session: WizardSession | undefined;

async function call(name: string, input: unknown) {
  const result = await dispatch(session!.face.core, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}`);
  return result.value;
}

async function open(language: 'it' | 'en', progress: Partial<WizardProgress>, prepare: () => Promise<void>) {
  session = await openWizard({ language, demo });
  await prepare();
  await session.jumpTo(progress);
  return session.page;
}

const WORDS = {
  en: {
    heading: 'DNS records',
    title: 'Publish the records for me',
    demoToken: 'Use the demo token',
    saved: 'Key checked on example.com, kept for this session only.',
    show: 'Show the changes',
    spfChange: 'Change TXT example.com (SPF (servers allowed to send))',
    before: 'v=spf1 include:_spf.google.com ~all',
    apply: 'Publish these 4 changes',
    applied: 'Published: 4 changes. Now click Check now below.',
    check: 'Check now',
    allGood: 'Every record is published correctly.',
    nothing: 'Everything is already published: nothing to change.',
  },
  it: {
    heading: 'Record DNS',
    title: 'Pubblica i record al posto mio',
    demoToken: 'Usa il token della demo',
    saved: 'Chiave verificata su example.com, tenuta solo per questa sessione.',
    show: 'Mostra le modifiche',
    spfChange: "Modifica di TXT example.com (SPF (server autorizzati all'invio))",
    before: 'v=spf1 include:_spf.google.com ~all',
    apply: 'Pubblica queste 4 modifiche',
    applied: 'Pubblicate 4 modifiche. Ora fai clic su Controlla ora qui sotto.',
    check: 'Controlla ora',
    allGood: 'Tutti i record sono pubblicati correttamente.',
    nothing: "È già tutto pubblicato: non c'è niente da cambiare.",
  },
} as const;

describe.skipIf(!hasChromium())('publishing the DNS records through Cloudflare', { timeout: 60_000 }, () => {
  // A demo of its own for each language: the stand-ins keep what was published, and each run publishes.
  beforeEach(async () => {
    demo = await startDemoServices();
  });
  afterEach(async () => {
    expect(session?.problems).toEqual([]);
    await session?.close();
    session = undefined;
    await demo?.stop();
  });

  for (const language of ['it', 'en'] as const) {
    it(`publishes with the demo token after a preview, and the check turns green (${language})`, async () => {
      const words = WORDS[language];
      const page = await open(
        language,
        { path: 'automatic', current: 'dns', completed: ['welcome', 'mailjet-keys', 'odoo-connection', 'senders'] },
        async () => {
          await call('demoFillSecret', { name: 'mailjet' });
          await call('mailjetSaveKeys', {
            apiKey: demo.controls.mailjet.apiKey,
            secretKey: demo.controls.mailjet.secretKey,
          });
          await call('mailjetSetup', { domain: 'example.com' });
          await call('settingsWrite', { patch: { dns: { provider: 'cloudflare' } } });
        },
      );
      const answers = recordRpcAnswers(page);
      await page.getByRole('heading', { level: 1, name: words.heading }).waitFor();
      const panel = page.getByRole('region', { name: words.title });
      await panel.waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await panel.getByRole('button', { name: words.demoToken }).click();
      await panel.getByText(words.saved).waitFor();
      await panel.getByRole('button', { name: words.show }).click();
      await panel.getByText(words.spfChange).waitFor();
      await panel.getByText(words.before, { exact: true }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await panel.getByRole('button', { name: words.apply }).click();
      await panel.getByText(words.applied).waitFor();
      await page.getByRole('button', { name: words.check }).click();
      await page.getByText(words.allGood).waitFor();

      // Publishing again is harmless: the plan finds nothing to change.
      await panel.getByRole('button', { name: words.show }).click();
      await panel.getByText(words.nothing).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await expectSecretsAbsent(page, [demo.controls.cloudflare!.token, demo.controls.mailjet.secretKey], answers);
    });
  }
});
