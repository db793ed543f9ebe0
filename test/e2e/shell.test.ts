import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { hasChromium, launchChromium } from '../support/chromium';
import { requireBuiltRenderer, startWebFace, type RunningWebFace } from '../support/web-face';

let browser: Awaited<ReturnType<typeof launchChromium>>;
let face: RunningWebFace;
const problems: string[] = [];

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

describe.skipIf(!hasChromium())('the wizard shell in Chromium, through the browser face', () => {
  beforeAll(async () => {
    requireBuiltRenderer();
    browser = await launchChromium();
    face = await startWebFace({ env: { LANG: 'it_IT.UTF-8' } });
  });
  afterAll(async () => {
    await browser?.close();
    await face?.dispose();
  });

  it('opens in Italian on an Italian system, with the steps of the documentation', async () => {
    const page = await open(face.server.url);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Benvenuto');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
    const steps = await page
      .getByRole('navigation', { name: 'Passi della configurazione' })
      .getByRole('button')
      .allTextContents();
    expect(steps.map((s) => s.replace(/^\d/, ''))).toEqual([
      'Benvenuto',
      'Chiavi API Mailjet',
      'Connessione a Odoo',
      'Mittenti e dominio',
      'Record DNS',
      'Server di posta in uscita',
      'Fatto',
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('switches to English, and remembers it across a reload and a restart', async () => {
    const page = await open(face.server.url);
    await page.getByLabel('Lingua').selectOption('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welcome' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();

    await face.stop();
    face = await startWebFace({ dataDir: face.dataDir, env: { LANG: 'it_IT.UTF-8' } });
    const again = await open(face.server.url);
    expect(await again.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome');
    await again.close();
  });

  it('restores the path and the step after a restart', async () => {
    const page = await open(face.server.url);
    await page.getByRole('radio', { name: /Guided/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mailjet API keys' }).waitFor();
    await page.close();

    await face.stop();
    face = await startWebFace({ dataDir: face.dataDir });
    const again = await open(face.server.url);
    expect(await again.getByRole('heading', { level: 1 }).textContent()).toBe('Mailjet API keys');
    const nav = again.getByRole('navigation', { name: 'Setup steps' });
    expect(await nav.getByRole('button').count()).toBe(6); // the guided path has no Odoo connection step
    expect(await nav.getByRole('button', { name: /Welcome/ }).textContent()).toContain('completed');
    await again.close();
  });

  it('can be used with the keyboard alone', async () => {
    const page = await open(face.server.url);
    await page.getByRole('button', { name: /Welcome/ }).click();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welcome' }).waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Skip to the current step');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // into the path choice
    await page.keyboard.press('ArrowDown'); // Guided -> DNS records only
    // The choice is saved before the radio shows it: wait for the round trip.
    await expect.poll(() => page.getByRole('radio', { name: /DNS records only/ }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Next');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'DNS records' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
    await page.close();
  });

  it('logged no console error or warning and no CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
