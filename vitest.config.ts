import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { defineConfig } from 'vitest/config';
import { catalogParts } from './electron.vite.config.ts';

// Three layers (README, "Tests"), each a Vitest project that inherits the options below. A fresh module
// graph per file (`isolate`) is kept only where a file replaces modules (vi.mock of electron, of conf)
// and for the integration tests, which start servers and child processes; elsewhere a worker reuses
// what it imported, which on a 2-core machine is much of a file's start-up. The end-to-end files need it
// off too: they share one Chromium per worker (test/support/chromium.ts).
// Found, not listed: a unit file that calls vi.mock gets a module graph of its own wherever it is added, and
// so does every renderer file (jsdom: TanStack Query's module-level focus and online managers would
// otherwise carry one file's window into the next; seen as a flaky data-layer test).
const ISOLATED = readdirSync('test/unit', { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.test\.tsx?$/.test(file))
  .map((file) => join('test/unit', file).split(sep).join('/'))
  .filter((file) => file.startsWith('test/unit/renderer/') || readFileSync(file, 'utf8').includes('vi.mock('));

export default defineConfig({
  // The path aliases (@main, @shared, @renderer, @test, @ci) come from tsconfig.json.
  resolve: { tsconfigPaths: true },
  // The page's catalogs come in parts cut at build time (renderer/i18n.ts); renderer tests load them the same way.
  plugins: [catalogParts()],
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Chromium and the loopback servers are heavy on a 2-core machine: keep files from starving each other.
    maxWorkers: 2,
    server: { deps: { inline: ['electron-store'] } },
    projects: [
      { extends: true, test: { name: 'unit (isolated)', include: ISOLATED, isolate: true } },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          exclude: ISOLATED,
          isolate: false,
          // Without isolation the core's module state outlives a file: each file starts with none remembered.
          setupFiles: ['test/support/fresh-secret-memory.ts'],
        },
      },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'], isolate: true } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], isolate: false } },
    ],
  },
});
