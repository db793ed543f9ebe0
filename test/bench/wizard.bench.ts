import * as route from '../support/demo-route';
import { Walkthrough } from '../support/demo-walkthrough';
import { startDemoServices } from '../support/web-face';
import { openWizard } from '../support/wizard-e2e';
import { MANUAL_ACTION_COUNT } from './manual-procedure';
import { REAL_USE_BESIDES_DEMO } from './real-use';
import type { Measurement } from './run';

// User actions to finish the automatic path, counted by driving the demo as a person would
// (test/support/demo-route.ts), beside the manual procedure of the documentation (manual-procedure.ts,
// 104 actions, counted row by row there).
//
// The demo has buttons that stand in for work outside the app and fills in values a real user types;
// "real use" puts those back (real-use.ts: the keys from Mailjet, the Odoo login), and at the DNS panel, per
// record, copy host and value in the app (2), then add, choose the type, paste both and save (5) — the same
// panel work the manual count includes.
const PANEL_ACTIONS_PER_RECORD = 7;

export async function run(): Promise<Measurement[]> {
  const demo = await startDemoServices();
  const session = await openWizard({ language: 'en', demo });
  const walk = new Walkthrough(session.page, 'en');
  let publishedRecords: number;
  try {
    await route.welcome(walk);
    await route.mailjetKeys(walk);
    await route.odooConnection(walk);
    await route.senders(walk);
    await walk.heading('dns');
    // The records arrive after the step's heading (its chunk and its first read are fetched on demand).
    await session.page.getByRole('article').first().waitFor();
    publishedRecords = await session.page.getByRole('article').count();
    await route.dnsRecords(walk);
    await route.odooServer(walk);
    await route.done(walk);
  } finally {
    await session.close();
    await demo.stop();
  }
  const inDemo = walk.actions;
  const realUse = inDemo - walk.demoClicks + REAL_USE_BESIDES_DEMO + publishedRecords * PANEL_ACTIONS_PER_RECORD;
  return [
    {
      name: 'demo automatic path: clicks',
      value: walk.clicks,
      unit: 'actions',
      note: `${walk.demoClicks} of them on demo stand-in buttons`,
    },
    { name: 'demo automatic path: fields filled', value: walk.fields, unit: 'actions' },
    {
      name: 'real use, same path (keys pasted, Odoo typed, DNS panel by hand)',
      value: realUse,
      unit: 'actions',
      note: `${publishedRecords} DNS records at the panel`,
    },
    {
      name: 'manual procedure of the documentation',
      value: MANUAL_ACTION_COUNT,
      unit: 'actions',
      note: 'test/bench/manual-procedure.ts',
    },
    { name: 'manual / real use', value: MANUAL_ACTION_COUNT / realUse, unit: 'x' },
  ];
}
