import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '@main/core/dispatch';
import type { Demo } from '@main/sandbox/demo';
import { cloudflareTokenTemplateUrl } from '@shared/dns/cloudflare-token';
import type { WizardProgress } from '@shared/wizard';
import { seriousViolations } from '../../support/axe';
import { hasChromium } from '../../support/chromium';
import { expectSecretsAbsent, recordRpcAnswers } from '../../support/page-secrets';
import { startDemoServices } from '../../support/web-face';
import { openWizard, type WizardSession } from '../../support/wizard-e2e';

// "Publish the records for me" in Chromium on the demo: Cloudflare recognised from the demo zone's
// nameservers (nothing chosen by hand), "Open Cloudflare" pointing at the pre-filled Create Token form,
// the demo token checked and saved, the plan shown without a click, the changes applied through the
// Cloudflare stand-in into the demo DNS, and the check running and turning green by itself; in Italian
// and in English, with axe and the secret search.

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
    provider: 'Your DNS provider',
    recognised: "Recognised from the domain's nameservers. Change it if it is not right.",
    title: 'Publish the records for me',
    open: 'Open Cloudflare',
    demoToken: 'Use the demo token',
    saved: 'Key checked on example.com, kept for this session only.',
    show: 'Read the zone again',
    spfChange: 'Change TXT example.com (SPF (servers allowed to send))',
    before: 'v=spf1 include:_spf.google.com ~all',
    apply: 'Publish these 4 changes',
    applied: 'Published: 4 changes. The check below follows by itself.',
    allGood: 'Every record is published correctly.',
    nothing: 'Everything is already published: nothing to change.',
  },
  it: {
    heading: 'Record DNS',
    provider: 'Il tuo provider DNS',
    recognised: 'Riconosciuto dai nameserver del dominio. Cambialo se non è quello giusto.',
    title: 'Pubblica i record al posto mio',
    open: 'Apri Cloudflare',
    demoToken: 'Usa il token della demo',
    saved: 'Chiave verificata su example.com, tenuta solo per questa sessione.',
    show: 'Rileggi la zona',
    spfChange: "Modifica di TXT example.com (SPF (server autorizzati all'invio))",
    before: 'v=spf1 include:_spf.google.com ~all',
    apply: 'Pubblica queste 4 modifiche',
    applied: 'Pubblicate 4 modifiche. Il controllo qui sotto parte da solo.',
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
    it(`offers Cloudflare by itself, publishes with the demo token after a preview, and checks by itself (${language})`, async () => {
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
        },
      );
      const answers = recordRpcAnswers(page);
      await page.getByRole('heading', { level: 1, name: words.heading }).waitFor();
      const panel = page.getByRole('region', { name: words.title });
      await panel.waitFor();
      // Recognised from the nameservers: no choice by hand, and saved as the step's provider.
      expect(await page.getByLabel(words.provider, { exact: true }).inputValue()).toBe('cloudflare');
      await page.getByText(words.recognised).waitFor();
      expect(await panel.getByRole('link', { name: words.open }).getAttribute('href')).toBe(
        cloudflareTokenTemplateUrl(),
      );
      expect(await seriousViolations(page)).toEqual([]);

      await panel.getByRole('button', { name: words.demoToken }).click();
      await panel.getByText(words.saved).waitFor();
      // The plan is read at once: no click between the saved token and the preview.
      await panel.getByText(words.spfChange).waitFor();
      await panel.getByText(words.before, { exact: true }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await panel.getByRole('button', { name: words.apply }).click();
      await panel.getByText(words.applied).waitFor();
      // The check runs by itself after publishing.
      await page.getByText(words.allGood).waitFor();

      // Publishing again is harmless: the plan finds nothing to change.
      await panel.getByRole('button', { name: words.show }).click();
      await panel.getByText(words.nothing).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await expectSecretsAbsent(page, [demo.controls.cloudflare!.token, demo.controls.mailjet.secretKey], answers);
    });
  }
});
