import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Measurement } from './run';

// The whole renderer against its size budget, and the two bridges' sizes (the desktop preload is parsed in
// every window before the page; the browser face loads its bridge first); how fast it starts is
// startup.bench.ts's part.

export async function run(): Promise<Measurement[]> {
  const assets = join('out/renderer/assets');
  const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
  const gzipBytes = scripts.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length,
    0,
  );
  const preload = statSync('out/preload/index.cjs').size / 1024;
  const browserBridge = statSync('out/renderer/assistant-bridge.js').size / 1024;
  return [
    {
      name: 'renderer JavaScript, gzip',
      value: gzipBytes / 1024,
      unit: 'KB',
      note: `budget 250 KB: ${((gzipBytes / 1024 / 250) * 100).toFixed(0)}% used`,
    },
    {
      name: 'desktop preload (out/preload/index.cjs)',
      value: preload,
      unit: 'KB',
      note: 'goal ≤ 5 KB; 106 KB while it imported zod',
    },
    { name: 'browser face bridge (assistant-bridge.js)', value: browserBridge, unit: 'KB' },
  ];
}
