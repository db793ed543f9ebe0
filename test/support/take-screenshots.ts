// Refreshes the pictures the README shows: `npx tsx test/support/take-screenshots.ts` after `npm run build`.
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium';
import { startWebFace } from './web-face';

mkdirSync('docs/screenshots', { recursive: true });
const browser = await launchChromium();
for (const [language, locale] of [['it', 'it_IT.UTF-8'], ['en', 'en_US.UTF-8']] as const) {
  const face = await startWebFace({ env: { LANG: locale } });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(face.server.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: `docs/screenshots/welcome-${language}.png` });
  await page.close();
  await face.dispose();
}
await browser.close();
