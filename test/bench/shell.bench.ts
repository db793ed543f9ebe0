import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Measurement } from './run';

// The whole renderer against its size budget; how fast it starts is startup.bench.ts's part.

export async function run(): Promise<Measurement[]> {
  const assets = join('out/renderer/assets');
  const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
  const gzipBytes = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length, 0);
  return [{ name: 'renderer JavaScript, gzip', value: gzipBytes / 1024, unit: 'KB', note: `budget 250 KB: ${((gzipBytes / 1024 / 250) * 100).toFixed(0)}% used` }];
}
