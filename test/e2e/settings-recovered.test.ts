import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { hasChromium, launchChromium } from '../support/chromium';
import { requireBuiltRenderer, startWebFace, type RunningWebFace } from '../support/web-face';

// A settings file with one wrong value: the wizard opens where the user was and says, in one sentence,
// where the old file went.

let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
let face: RunningWebFace | undefined;

describe.skipIf(!hasChromium())('a refused settings file in the wizard', { timeout: 30_000 }, () => {
  afterAll(async () => {
    await browser?.close();
    await face?.dispose();
  });

  it('keeps the progress and says where the old file went (Italian)', async () => {
    requireBuiltRenderer();
    const dataDir = mkdtempSync(join(tmpdir(), 'assistant-web-'));
    const wizard = { path: 'automatic', current: 'odoo-connection', completed: ['welcome', 'mailjet-keys'] };
    writeFileSync(
      join(dataDir, 'settings.json'),
      JSON.stringify({ language: 'it', wizard, odoo: { url: 'javascript:alert(1)', login: 'admin' } }),
    );
    face = await startWebFace({ dataDir, env: { LANG: 'en_US.UTF-8' } });
    browser = await launchChromium();
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    await page.goto(face.server.url);
    await page.getByRole('heading', { level: 1, name: 'Connessione a Odoo' }).waitFor();
    const aside = readdirSync(dataDir).find((name) => name.startsWith('settings.json.invalid-'));
    expect(aside).toBeDefined();
    const notice = page.getByRole('status').filter({ hasText: 'Il file delle impostazioni' });
    expect(await notice.textContent()).toBe(
      `Il file delle impostazioni conteneva valori che l'assistente non può usare: l'originale è stato spostato in ${join(dataDir, aside!)} e tutto ciò che era ancora valido è stato conservato.`,
    );
    expect(await page.getByLabel('Login').inputValue()).toBe('admin');
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
