import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/contract';
import type { Demo } from '@main/sandbox/demo';
import { hasChromium, launchChromium } from '../support/chromium';
import { requireBuiltRenderer, startDemoServices, startWebFace, type RunningWebFace } from '../support/web-face';

// The browser face's window.assistant (built from main/web/page/bridge.ts) in a real page, against the
// real server: a call and the progress of a long call make the round trip.

let browser: Awaited<ReturnType<typeof launchChromium>>;
let demo: Demo;
let face: RunningWebFace;

describe.skipIf(!hasChromium())('the browser bridge in Chromium', () => {
  beforeAll(async () => {
    requireBuiltRenderer();
    browser = await launchChromium();
    demo = await startDemoServices();
    face = await startWebFace({ demo, env: { LANG: 'en_US.UTF-8' } });
  });
  afterAll(async () => {
    await browser?.close();
    await face?.dispose();
    await demo?.stop();
  });

  it('gives the page one method per channel and onProgress; a call comes back from the core', async () => {
    const page = await browser.context.newPage();
    await page.goto(face.server.url);
    await page.getByRole('heading', { level: 1, name: 'Welcome' }).waitFor();
    expect((await page.evaluate(() => Object.keys(window.assistant))).sort()).toEqual(
      [...Object.keys(CHANNELS), 'onProgress'].sort(),
    );
    expect(await page.evaluate(() => window.assistant.appInfo({}))).toMatchObject({ ok: true, value: { face: 'web' } });
    // A bad input is the core's answer, carried as it is.
    expect(await page.evaluate(() => window.assistant.languageSet({ language: 'fr' as 'en' }))).toMatchObject({
      ok: false,
      error: { code: 'app.invalid-input' },
    });
    await page.close();
  });

  it('brings the progress of a long call, from its first event, to the listener of that call', async () => {
    const page = await browser.context.newPage();
    await page.goto(face.server.url);
    await page.getByRole('heading', { level: 1, name: 'Welcome' }).waitFor();
    const { result, events } = await page.evaluate(async () => {
      const seen: { operationId: string; key: string; done?: number; total?: number }[] = [];
      const stop = window.assistant.onProgress((event) => seen.push(event));
      const answer = await window.assistant.dnsCheck({ domain: 'example.com' }, { operationId: 'bridge-e2e-0001' });
      stop();
      return { result: answer, events: seen };
    });
    expect(result.ok).toBe(true);
    const records = events.filter(
      (event) => event.operationId === 'bridge-e2e-0001' && event.key === 'dns.progress.records',
    );
    expect(records.length).toBeGreaterThan(0);
    expect(records.map((event) => event.done)).toContain(1);
    expect(records.every((event) => event.total === records[0]!.total)).toBe(true);
    await page.close();
  });
});
