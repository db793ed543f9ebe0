import { Walkthrough } from './demo-walkthrough';

// The demo's automatic path, step by step, as a person clicks it. Each function starts on its step and
// ends on the next one.

export async function welcome(
  walk: Walkthrough,
  path: 'automatic' | 'guided' | 'dns-only' = 'automatic',
): Promise<void> {
  await walk.heading('welcome');
  if (path !== 'automatic')
    await walk.click(walk.page.getByRole('radio', { name: walk.text(`welcome.paths.${path}.title`) }));
  await walk.next();
}

export async function mailjetKeys(walk: Walkthrough): Promise<void> {
  await walk.heading('mailjet-keys');
  await walk.demoClick(walk.button('wizard.mailjet-keys.form.demoSecret'));
  // Next opens once Mailjet has accepted the pair.
  await walk.next();
}

export async function odooConnection(walk: Walkthrough): Promise<void> {
  await walk.heading('odoo-connection');
  await walk.demoClick(walk.button('wizard.odoo-connection.form.demoPassword'));
  await walk.click(walk.button('wizard.odoo-connection.form.connect'));
  await walk.page
    .getByRole('heading', { name: walk.text('wizard.odoo-connection.summary.title') })
    .waitFor({ timeout: 20_000 });
  await walk.next();
}

export async function senders(walk: Walkthrough): Promise<void> {
  await walk.heading('senders');
  await walk.click(walk.button('wizard.senders.setup'));
  // Once Mailjet has the senders, the button offers to run the (safe) setup again.
  await walk.button('wizard.senders.setupAgain').waitFor({ timeout: 20_000 });
  await walk.next();
}

export async function dnsRecords(walk: Walkthrough): Promise<void> {
  await walk.heading('dns');
  await walk.demoClick(walk.button('wizard.dns.demoPublish'));
  await walk.click(walk.button('wizard.dns.checkNow'));
  await walk.page.getByText(walk.text('wizard.dns.checkSummary.ok')).waitFor({ timeout: 20_000 });
  await walk.next();
}

/** Applies the previewed changes; on a database set up by an earlier run there is nothing to apply. */
export async function odooServer(walk: Walkthrough): Promise<void> {
  await walk.heading('odoo-server');
  const apply = walk.button('wizard.odoo-server.apply.button');
  const upToDate = walk.page.getByText(walk.text('wizard.odoo-server.preview.upToDate').split('{{')[0]!);
  await apply.or(upToDate).first().waitFor({ timeout: 20_000 });
  if (await apply.isVisible()) {
    await walk.click(apply);
    await walk.page
      .getByText(walk.text('wizard.odoo-server.apply.done').split('{{')[0]!)
      .first()
      .waitFor({ timeout: 30_000 });
  } else if (await walk.button('wizard.odoo-server.test.run').isVisible()) {
    // Set up before, but never tested from this computer: run Odoo's Test Connection.
    await walk.click(walk.button('wizard.odoo-server.test.run'));
    await walk.page
      .getByText(walk.text('wizard.odoo-server.test.passed').split('{{')[0]!)
      .first()
      .waitFor({ timeout: 30_000 });
  }
  await walk.next();
}

export async function done(walk: Walkthrough): Promise<void> {
  await walk.heading('done');
  await walk.page.getByText(walk.text('wizard.done.allDone')).waitFor({ timeout: 20_000 });
}

/** The whole automatic path, Welcome to Done, with the demo's buttons: the one walk the tests, the screenshots and the benchmark share. */
export async function automaticPath(walk: Walkthrough): Promise<void> {
  await welcome(walk);
  await mailjetKeys(walk);
  await odooConnection(walk);
  await senders(walk);
  await dnsRecords(walk);
  await odooServer(walk);
  await done(walk);
}
