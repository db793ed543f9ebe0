// Refreshes the pictures in docs/screenshots: every step of the demo's automatic path, in Italian and in
// English, at 1024×700, each taken once the step's work shows. Run after `npm run build`:
//   npx tsx test/support/take-screenshots.ts
import { mkdirSync } from 'node:fs';
import { STEP_IDS } from '@shared/wizard';
import * as route from './demo-route';
import { Walkthrough } from './demo-walkthrough';
import { startDemoServices } from './web-face';
import { closeSharedBrowser } from './chromium';
import { openWizard } from './wizard-e2e';

mkdirSync('docs/screenshots', { recursive: true });
for (const language of ['it', 'en'] as const) {
  // A fresh demo per language, so each walk creates what it shows.
  const demo = await startDemoServices();
  const session = await openWizard({ language, demo, viewport: { width: 1024, height: 700 } });
  const walk = new Walkthrough(session.page, language);
  let index = 0;
  walk.beforeNext = async (page) => {
    await page.screenshot({ path: `docs/screenshots/${STEP_IDS[index]}-${language}.png` });
    index += 1;
  };
  await route.automaticPath(walk);
  await session.page.screenshot({ path: `docs/screenshots/done-${language}.png` });
  await session.close();
  await demo.stop();
}
await closeSharedBrowser();
