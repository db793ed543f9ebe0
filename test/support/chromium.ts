import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

// Debian's Chromium, headless, with everything that would phone home turned off: this machine has no
// network and Chromium's background connections would only produce noise.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const hasChromium = () => existsSync(CHROMIUM_PATH);

/** The flags of every Chromium the tests and benchmarks start (the bench's own, unautomated one too). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

// One Chromium per process (a Vitest worker runs every end-to-end file in one process: `isolate: false`
// in vitest.config.ts), and a new context per test: a context has its own cookies, storage and pages,
// which is all a test needs to start clean, and costs a few milliseconds where a launch costs a second.
// Playwright kills the browser when the process exits; `closeSharedBrowser` is for scripts that want to
// end sooner.
let shared: Promise<Browser> | undefined;

export function sharedBrowser(): Promise<Browser> {
  shared ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }).then((browser) => {
    // A browser that crashed is launched again by the next test rather than failing every one after it.
    browser.on('disconnected', () => {
      shared = undefined;
    });
    return browser;
  });
  return shared;
}

export async function closeSharedBrowser(): Promise<void> {
  const browser = await shared;
  shared = undefined;
  await browser?.close();
}

/** A fresh browser context (own cookies, storage and pages) on the shared Chromium; `close` closes the context only. */
export async function launchChromium(): Promise<{ browser: Browser; context: BrowserContext; close(): Promise<void> }> {
  const browser = await sharedBrowser();
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  return {
    browser,
    context,
    close: () => context.close().catch(() => {}),
  };
}
