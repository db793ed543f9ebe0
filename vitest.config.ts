import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The path aliases (@main, @shared, @renderer, @test, @ci) come from tsconfig.json.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Chromium and the loopback servers are heavy on a 2-core machine: keep files from starving each other.
    maxWorkers: 2,
    server: { deps: { inline: ['electron-store'] } },
  },
});
