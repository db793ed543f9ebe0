import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_MAILJET_ACCOUNT } from '@main/sandbox/mailjet/demo-account';
import { DEMO_ODOO_USERS } from '@main/sandbox/odoo/database';
import { hasChromium, launchChromium } from '../support/chromium';
import { label, Walkthrough } from '../support/demo-walkthrough';
import * as route from '../support/demo-route';
import { recordRpcAnswers, whatThePageHolds } from '../support/page-secrets';

// A new user on a machine without a desktop session (a container, SSH, WSL): no D-Bus, so no Secret
// Service. `npm run web -- --demo` is run as the README says, as its own process with that environment,
// and the wizard is walked with the demo's own buttons to Done, all green. In English: the Italian walk
// to Done is test/e2e/wizard-paths.test.ts's (with a restart in the middle), so each language walks once.

const built = existsSync('out/main/cli.js') && existsSync('out/renderer/index.html');

let child: ChildProcess | undefined;
let closeBrowser: (() => Promise<void>) | undefined;
let home: string | undefined;

afterEach(async () => {
  await closeBrowser?.();
  child?.kill('SIGTERM');
  if (home) rmSync(home, { recursive: true, force: true });
  child = undefined;
  closeBrowser = undefined;
  home = undefined;
});

/** Starts `mailjet-odoo web --demo` the way `npm run web -- --demo` does, and answers its address. */
async function startDemoWithoutDbus(language: 'it' | 'en'): Promise<{ url: string; stderr: () => string }> {
  home = mkdtempSync(join(tmpdir(), 'assistant-no-dbus-'));
  child = spawn(process.execPath, ['bin/mailjet-odoo.js', 'web', '--demo', '--no-open'], {
    // Only what a bare shell has: no DBUS_SESSION_BUS_ADDRESS of the test run's private keyring, no DISPLAY.
    env: {
      PATH: process.env.PATH,
      HOME: home,
      LANG: language === 'it' ? 'it_IT.UTF-8' : 'en_US.UTF-8',
      MAILJET_ODOO_HOME: join(home, 'assistant'),
      DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(home, 'no-bus-here')}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // The first line is the address to open (README): a per-launch *.localhost name Chromium resolves.
      const line = out.split('\n')[0];
      if (out.includes('\n') && line?.startsWith('http://')) resolve(line);
    });
    child!.on('exit', (code) => reject(new Error(`exited with ${code}: ${err}`)));
  });
  return { url, stderr: () => err };
}

/** Every file the demo left in its folder, read as text. */
function filesUnder(folder: string): string {
  if (!existsSync(folder)) return '';
  return readdirSync(folder)
    .map((name) => join(folder, name))
    .map((path) => (statSync(path).isDirectory() ? filesUnder(path) : readFileSync(path, 'utf8')))
    .join('\n');
}

describe.skipIf(!built || !hasChromium())(
  'the demo on a machine without D-Bus or a keychain',
  { timeout: 120_000 },
  () => {
    it('reaches Done, all green, with only the demo buttons and each main action (English)', async () => {
      const language = 'en';
      const { url, stderr } = await startDemoWithoutDbus(language);
      const browser = await launchChromium();
      closeBrowser = browser.close;
      const page = await browser.context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      const answers = recordRpcAnswers(page);
      await page.goto(url);

      await route.automaticPath(new Walkthrough(page, language));

      // All green: nothing in the "still to do" list, and no keychain error anywhere on the way.
      expect(await page.getByRole('heading', { name: label(language, 'wizard.done.pendingTitle') }).count()).toBe(0);
      expect(await page.getByRole('heading', { name: label(language, 'wizard.done.inPlaceTitle') }).count()).toBe(1);
      // The Done report says where the demo's keys were: in memory, for this session only.
      await page.getByText(label(language, 'wizard.done.keys.demoSession').split('{{')[0]!).waitFor();
      expect(problems).toEqual([]);

      // The demo's secrets were kept in memory only: not on the page, not in any answer, not on disk.
      const seen = await whatThePageHolds(page, answers);
      const written = filesUnder(home!);
      for (const secret of [DEMO_MAILJET_ACCOUNT.secretKey, DEMO_ODOO_USERS[0]!.password]) {
        expect(seen).not.toContain(secret);
        expect(written).not.toContain(secret);
      }
      expect(stderr()).toBe('');
    });
  },
);
