import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRedirectFile } from '@main/cli/open-browser';
import { hasChromium, launchChromium } from '../support/chromium';
import { requireBuiltRenderer, startWebFace, type RunningWebFace } from '../support/web-face';

// How `mailjet-odoo web` hands the browser its address (a private redirect file, never the command
// line), and where the access cookie ends up: on this launch's own *.localhost name, nowhere else.

let browser: Awaited<ReturnType<typeof launchChromium>>;
let face: RunningWebFace;

describe.skipIf(!hasChromium())('the private address of the browser face, in Chromium', () => {
  beforeAll(async () => {
    requireBuiltRenderer();
    browser = await launchChromium();
    face = await startWebFace({ env: { LANG: 'en_US.UTF-8' } });
  });
  afterAll(async () => {
    await browser?.close();
    await face?.dispose();
  });

  it('opens the wizard from the redirect file, on the per-launch host name', async () => {
    const opening = writeRedirectFile(face.server.url);
    try {
      const page = await browser.context.newPage();
      const documents: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'document' && new URL(request.url()).hostname === face.server.hostName)
          documents.push(request.url());
      });
      await page.goto(pathToFileURL(opening.file).href);
      await page.getByRole('heading', { level: 1, name: 'Welcome' }).waitFor();
      const address = new URL(page.url());
      expect(address.host).toBe(`${face.server.hostName}:${face.server.port}`);
      expect(address.search).toBe('');
      // One page load: the tokenised address is answered with the wizard itself, and its cookie works for the
      // page's own calls although the navigation started on a file:// page.
      expect(documents).toHaveLength(1);
      expect(await page.evaluate(() => window.assistant.appInfo({}))).toMatchObject({ ok: true });
      await page.close();
    } finally {
      opening.cleanup();
    }
  });

  it('keeps the access cookie to that host name: other services on 127.0.0.1 never receive it', async () => {
    const page = await browser.context.newPage();
    await page.goto(face.server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const cookies = await browser.context.cookies();
    expect(cookies.length).toBeGreaterThan(0);
    expect(cookies.map((cookie) => cookie.domain)).toEqual(cookies.map(() => face.server.hostName));
    expect(await browser.context.cookies(`http://127.0.0.1:${face.server.port + 1}/`)).toEqual([]);
    // The same server under 127.0.0.1 gets no cookie either, so it does not open without the token.
    const other = await browser.context.newPage();
    const reply = await other.goto(`http://127.0.0.1:${face.server.port}/`);
    expect(reply?.status()).toBe(401);
    await page.close();
    await other.close();
  });
});
