import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type Rolldown } from 'vite';
import { catalogPart, type CatalogPart } from './shared/i18n-parts.ts';

// One build for the three faces: the desktop main process and the command line share out/main
// (the CLI and the browser face run under plain Node), the preload is CommonJS because a sandboxed
// preload cannot be an ES module, and the renderer is a static bundle any face can serve.
// ASSISTANT_OUT_DIR builds elsewhere than out/ (parallel work in one checkout, throwaway builds).
const outDir = process.env.ASSISTANT_OUT_DIR || 'out';

/**
 * The browser face's `window.assistant` (main/web/page/bridge.ts), bundled from TypeScript into one classic
 * script, `assistant-bridge.js` beside the renderer's index.html: the server loads it before the app's module
 * script, from our own origin, as the CSP wants. Classic (an IIFE), so it runs as soon as it arrives and
 * shares no chunk with the app. The desktop face never loads it: its preload gives the same object over IPC.
 */
function browserBridge(): Plugin {
  return {
    name: 'assistant-browser-bridge',
    apply: 'build',
    async generateBundle() {
      const built = await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        build: {
          write: false,
          minify: true,
          target: 'es2022',
          lib: {
            entry: resolve('main/web/page/bridge.ts'),
            formats: ['iife'],
            name: 'assistantBridge',
            fileName: () => 'assistant-bridge.js',
          },
        },
      });
      const outputs = (Array.isArray(built) ? built : [built]) as Rolldown.RolldownOutput[];
      const entry = outputs.flatMap((output) => output.output).find((file) => file.type === 'chunk' && file.isEntry);
      if (!entry || entry.type !== 'chunk') throw new Error('the browser bridge was not built');
      this.emitFile({ type: 'asset', fileName: 'assistant-bridge.js', source: entry.code });
    },
  };
}

/**
 * `virtual:catalog/<language>/<first|rest>`: one part of a language's catalog (shared/i18n-parts.ts says
 * which keys), cut from shared/locales/<language>.json at build time so the translators keep one file. As
 * `JSON.parse` of a string, which browsers read faster than the same object written as code.
 */
export function catalogParts(): Plugin {
  // The resolved id names the chunk: catalog-en-first-<hash>.js.
  const PREFIX = '\0catalog-';
  return {
    name: 'assistant-catalog-parts',
    resolveId(id) {
      const match = /^virtual:catalog\/([a-z]{2})\/(first|rest)$/.exec(id);
      return match ? `${PREFIX}${match[1]}-${match[2]}` : undefined;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const [language, part] = id.slice(PREFIX.length).split('-') as [string, CatalogPart];
      const file = resolve(`shared/locales/${language}.json`);
      this.addWatchFile(file);
      const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(catalogPart(catalog, part)))});`;
    },
  };
}

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
      // A sandboxed preload can require nothing but electron: anything else is bundled in. It imports only
      // the zod-free channel names (shared/contract/channel-names.ts); zod stays listed so that a slip still
      // works, and shows in `npm run bench` as the preload's size.
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
    plugins: [react(), browserBridge(), catalogParts()],
    resolve: { tsconfigPaths: true },
    build: {
      outDir: resolve(outDir, 'renderer'),
      minify: true,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
