import type { Page } from 'playwright-core';
import type { Keychain } from '@main/host/keychain';
import type { Demo } from '@main/sandbox/demo';
import { dispatch } from '@main/core/dispatch';
import type { WizardProgress } from '@shared/wizard';
import { launchChromium } from './chromium';
import { requireBuiltRenderer, startDemoServices, startWebFace, type RunningWebFace } from './web-face';

// One wizard session for an end-to-end test: the demo's stand-ins, the browser face on top of them and
// a page in a context of its own on the worker's shared Chromium, with every console error and CSP
// violation collected for a final assertion. Every session still open is listed in `openSessions`, so
// a suite's hooks (wizard-suite.ts) can check and close what a test left open, even a failed one.

export interface WizardSession {
  page: Page;
  face: RunningWebFace;
  /** Absent on an offline session. */
  demo: Demo | undefined;
  /** Console errors, warnings and page errors seen so far. */
  problems: string[];
  /** Stops the app and starts it again on the same settings and stand-ins, then reopens the page. */
  restart(): Promise<void>;
  /** Jumps to a step without clicking through the ones before it. */
  jumpTo(progress: Partial<WizardProgress>): Promise<void>;
  close(): Promise<void>;
}

export const openSessions = new Set<WizardSession>();

export async function openWizard(options: {
  language: 'it' | 'en';
  demo?: Demo;
  /** No stand-ins at all and a DNS resolver that answers nothing: the machine is offline. */
  offline?: boolean;
  viewport?: { width: number; height: number };
  /** Real use on the demo's stand-ins: no demo buttons, and this store in place of the system keychain. */
  realUse?: { keychain: Keychain };
}): Promise<WizardSession> {
  requireBuiltRenderer();
  const browser = await launchChromium();
  const demo = options.offline ? undefined : (options.demo ?? (await startDemoServices()));
  const ownsDemo = !options.demo && !options.offline;
  const env: NodeJS.ProcessEnv = {
    LANG: options.language === 'it' ? 'it_IT.UTF-8' : 'en_US.UTF-8',
    // Port 9 (discard) on loopback: nothing answers there, so any DNS question fails at once.
    ...(options.offline ? { MAILJET_ODOO_DNS_RESOLVER: '127.0.0.1:9', MAILJET_ODOO_DNS_BOOTSTRAP: '127.0.0.1:9' } : {}),
  };
  const realUse = options.realUse ? { realUse: true, keychain: options.realUse.keychain } : {};
  let face = await startWebFace({ ...(demo ? { demo } : {}), env, ...realUse });
  const problems: string[] = [];

  const openPage = async () => {
    const page = await browser.context.newPage();
    if (options.viewport) await page.setViewportSize(options.viewport);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(face.server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  };

  const session: WizardSession = {
    page: await openPage(),
    get face() {
      return face;
    },
    demo,
    problems,
    async restart() {
      await session.page.close();
      await face.stop();
      // Real use: the system keychain outlives the app, what was kept for the session does not.
      const keychain = options.realUse?.keychain ?? face.core.deps.keychain;
      face = await startWebFace({ ...(demo ? { demo } : {}), env, ...realUse, dataDir: face.dataDir, keychain });
      session.page = await openPage();
    },
    async jumpTo(progress) {
      const result = await dispatch(face.core, 'progressWrite', progress);
      if (!result.ok) throw new Error(`progressWrite failed: ${result.error.code}`);
      await session.page.reload();
      await session.page.getByRole('heading', { level: 1 }).waitFor();
    },
    async close() {
      if (!openSessions.delete(session)) return; // closed already
      await browser.close();
      await face.dispose();
      if (ownsDemo) await demo?.stop();
    },
  } as WizardSession;
  openSessions.add(session);
  return session;
}
