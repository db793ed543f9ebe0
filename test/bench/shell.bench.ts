import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../support/chromium';
import type { Measurement } from './run';
import { median, startWeb } from './web-launch';

const RUNS = 5;

export async function run(): Promise<Measurement[]> {
  const assets = join('out/renderer/assets');
  const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
  const gzipBytes = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length, 0);

  const browser = await launchChromium();
  const serverReady: number[] = [];
  const interactive: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const home = mkdtempSync(join(tmpdir(), 'assistant-bench-'));
      const started = performance.now();
      const web = await startWeb(home);
      serverReady.push(performance.now() - started);
      const page = await browser.context.newPage();
      await page.goto(web.url);
      // Interactive: the step is painted and the first control answers.
      await page.getByRole('radio', { name: /Automatic/ }).waitFor({ state: 'visible' });
      await page.getByRole('button', { name: 'Next' }).isEnabled();
      interactive.push(performance.now() - started);
      await page.close();
      web.stop();
      rmSync(home, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  return [
    { name: 'renderer JavaScript, gzip', value: gzipBytes / 1024, unit: 'KB', note: `budget 250 KB: ${((gzipBytes / 1024 / 250) * 100).toFixed(0)}% used` },
    { name: 'browser face: launch to URL printed (median of 5)', value: median(serverReady), unit: 'ms' },
    { name: 'browser face: launch to interactive Welcome step (median of 5)', value: median(interactive), unit: 'ms', note: `Chromium already running; page part ${(median(interactive) - median(serverReady)).toFixed(0)} ms` },
  ];
}
