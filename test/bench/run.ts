import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { closeSharedBrowser } from '../support/chromium';

// `npm run bench`: every test/bench/*.bench.ts exports `run()`, which returns named measurements.
// Goals are printed as ratios and counts beside their budget, never asserted: machines differ.

export interface Measurement {
  name: string;
  value: number;
  unit: string;
  /** What the number is compared with, e.g. "budget 250 KB" or "sequential: 812 ms". */
  note?: string;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

let failed = 0;
for (const file of files) {
  const module = (await import(pathToFileURL(`${here}/${file}`).href)) as { run(): Promise<Measurement[]> };
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  try {
    for (const m of await module.run()) {
      const value = Number.isInteger(m.value) ? String(m.value) : m.value.toFixed(2);
      console.log(`  ${m.name.padEnd(58)} ${value.padStart(10)} ${m.unit}${m.note ? `   (${m.note})` : ''}`);
    }
  } catch (error) {
    failed += 1;
    console.log(`  could not run: ${error instanceof Error ? error.message : String(error)}`);
  }
}
// The benchmarks share one Chromium (test/support/chromium.ts); closed so the process can end.
await closeSharedBrowser();
process.exitCode = failed ? 1 : 0;
