import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build for the three faces: the desktop main process and the command line share out/main
// (the CLI and the browser face run under plain Node), the preload is CommonJS because a sandboxed
// preload cannot be an ES module, and the renderer is a static bundle any face can serve.
// ASSISTANT_OUT_DIR builds elsewhere than out/ (parallel work in one checkout, throwaway builds).
const outDir = process.env.ASSISTANT_OUT_DIR || 'out';

export default defineConfig({
  main: {
    resolve: { tsconfigPaths: true },
    build: {
      outDir: resolve(outDir, 'main'),
      // Pure-JavaScript dependencies the first screen needs are bundled: one file read instead of hundreds
      // of package files resolved one by one (conf alone brings ajv's). Native, optional or rarely used ones
      // (the keychain binding, node-mailjet, xmlrpc, electron-store) stay in node_modules.
      externalizeDeps: { exclude: ['conf', 'zod', 'i18next', 'tldts', 'punycode', 'dns2'] },
      rolldownOptions: {
        input: {
          index: resolve('main/app/index.ts'),
          cli: resolve('main/cli/index.ts'),
        },
        // Each command group, the core and the stand-ins are chunks loaded when used. They sit beside the
        // entries, so a module that finds the renderer relative to itself (cli/web.ts) works from any chunk.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    resolve: { tsconfigPaths: true },
    build: {
      outDir: resolve(outDir, 'preload'),
      // A sandboxed preload can require nothing but electron: bundle the contract's dependencies in.
      externalizeDeps: { exclude: ['zod'] },
      minify: true,
      rolldownOptions: {
        input: { index: resolve('main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react()],
    resolve: { tsconfigPaths: true },
    build: {
      outDir: resolve(outDir, 'renderer'),
      minify: true,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
