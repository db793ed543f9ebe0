import { describe, expect, it } from 'vitest';
import type { Demo } from '@main/sandbox/demo';
import { seriousViolations } from '../support/axe';
import { hasChromium } from '../support/chromium';
import { recordRpcAnswers, whatThePageHolds } from '../support/page-secrets';
import { label, Walkthrough } from '../support/demo-walkthrough';
import * as route from '../support/demo-route';
import { openWizard, type WizardSession } from '../support/wizard-e2e';
import { wizardSuite } from '../support/wizard-suite';

// The whole wizard, Welcome to Done, as the issue asks: the automatic path on the demo (in Italian, with
// a restart in the middle; English in no-keychain.test.ts), the guided path, and the offline DNS path
// with no service at all. Along the way every page is checked with axe and the demo secrets are searched for everywhere the
// page or its traffic could hold them.

let demo: Demo;
let session: WizardSession | undefined;

describe.skipIf(!hasChromium())('the whole wizard', { timeout: 120_000 }, () => {
  wizardSuite((started) => (demo = started));

  // In Italian; the English walk to Done is no-keychain.test.ts's, on the built command with no D-Bus.
  it('goes from Welcome to Done on the automatic path, in Italian, surviving a restart', async () => {
    const language = 'it';
    session = await openWizard({ language, demo });
    let bodies = recordRpcAnswers(session.page);
    let walk = new Walkthrough(session.page, language);
    await route.welcome(walk);
    await route.mailjetKeys(walk);
    expect(await seriousViolations(session.page)).toEqual([]);
    await route.odooConnection(walk);
    await route.senders(walk);

    // Closing the app in the middle loses nothing: it opens again on the DNS step.
    const before = await whatThePageHolds(session.page, bodies);
    await session.restart();
    bodies = recordRpcAnswers(session.page);
    walk = new Walkthrough(session.page, language);
    await walk.heading('dns');
    expect(await seriousViolations(session.page)).toEqual([]);

    await route.dnsRecords(walk);
    await route.odooServer(walk);
    await route.done(walk);
    expect(await seriousViolations(session.page)).toEqual([]);

    const after = await whatThePageHolds(session.page, bodies);
    for (const secret of [demo.controls.mailjet.secretKey, demo.controls.odoo.password]) {
      expect(before).not.toContain(secret);
      expect(after).not.toContain(secret);
    }
    // What the user sees at the end, in their language.
    expect(await session.page.getByRole('heading', { level: 1 }).textContent()).toBe(
      label(language, 'steps.done.title'),
    );
  });

  it('walks the guided path: the app says what to do and checks what it can', async () => {
    session = await openWizard({ language: 'en', demo });
    const walk = new Walkthrough(session.page, 'en');
    await route.welcome(walk, 'guided');
    await route.mailjetKeys(walk);
    await walk.heading('senders');
    await session.page.getByRole('heading', { name: walk.text('wizard.senders.guided.title') }).waitFor();
    await walk.next();
    await walk.heading('dns');
    await walk.next();
    await walk.heading('odoo-server');
    await session.page.getByRole('heading', { name: walk.text('wizard.odoo-server.guide.title') }).waitFor();
    expect(await seriousViolations(session.page)).toEqual([]);
    await walk.click(walk.button('wizard.odoo-server.guide.next'));
    await walk.heading('done');
    await session.page.getByRole('heading', { name: walk.text('wizard.done.pendingTitle') }).waitFor();
    // The guided path never connects to Odoo: the step is not even in the list.
    expect(await session.page.getByRole('navigation').getByRole('button').count()).toBe(6);
  });

  it('prepares the DNS records offline, with no network service at all', async () => {
    // No stand-ins and a DNS resolver that answers nothing: the offline path must not need them.
    session = await openWizard({ language: 'it', offline: true });
    const calls: string[] = [];
    session.page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/rpc/')) calls.push(path.slice(5));
    });
    const walk = new Walkthrough(session.page, 'it');
    await route.welcome(walk, 'dns-only');
    await walk.heading('dns');
    await walk.fill(
      session.page.getByLabel(walk.text('wizard.dns.domainLabel'), { exact: true }),
      'negozio-esempio.it',
    );
    await session.page.getByLabel(walk.text('wizard.dns.domainLabel'), { exact: true }).press('Enter');
    await session.page.getByRole('heading', { name: walk.text('wizard.dns.recordsTitle') }).waitFor();
    const [download] = await Promise.all([
      session.page.waitForEvent('download'),
      walk.click(walk.button('wizard.dns.export.zone')),
    ]);
    expect(download.suggestedFilename()).toMatch(/negozio-esempio\.it.*\.zone$/);
    await walk.next();
    await walk.heading('done');
    expect(await seriousViolations(session.page)).toEqual([]);
    expect(calls.filter((name) => /^(mailjet|odoo)/.test(name))).toEqual([]);
  });
});
