import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { composeApp } from '@main/compose';
import type { Core } from '@main/core/dispatch';
import { createMemoryKeychain, type Keychain } from '@main/host/keychain';
import { startDemo, type Demo } from '@main/sandbox/demo';
import { startWebServer, type WebServer } from '@main/web/server';
import { createMemoryLogger } from './doubles';

export const RENDERER_DIR = resolve(process.env.ASSISTANT_OUT_DIR || 'out', 'renderer');

export function requireBuiltRenderer(): void {
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    throw new Error('out/renderer is missing: run `npm run build` (npm test does it first)');
}

export interface RunningWebFace {
  server: WebServer;
  core: Core;
  dataDir: string;
  logLines: string[];
  /** Stops the server; the data folder stays until `dispose`, so a restart can reuse it. */
  stop(): Promise<void>;
  dispose(): Promise<void>;
}

/** The demo's stand-ins on loopback, kept apart from the face so a test can restart the app around them. */
export async function startDemoServices(): Promise<Demo> {
  return startDemo({ MAILJET_ODOO_HOME: mkdtempSync(join(tmpdir(), 'assistant-demo-')) });
}

/** The browser face as `mailjet-odoo web` runs it, on a throwaway data folder and a given (or the demo's) keychain. */
export async function startWebFace(
  options: {
    dataDir?: string;
    keychain?: Keychain;
    env?: NodeJS.ProcessEnv;
    demo?: Demo;
    /** Real use (no demo buttons) against the demo's stand-ins. */ realUse?: boolean;
  } = {},
): Promise<RunningWebFace> {
  const demoMode = !!options.demo && !options.realUse;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'assistant-web-'));
  const memory = createMemoryLogger();
  // The demo picks its own in-memory keychain, as `mailjet-odoo web --demo` does; elsewhere a stand-in
  // for the system keychain keeps the tests off the developer's own.
  const keychain = options.keychain ?? (demoMode ? undefined : createMemoryKeychain());
  const { core } = await composeApp({
    face: 'web',
    dataDir,
    env: options.env ?? { LANG: 'it_IT.UTF-8' },
    ...(demoMode ? { demo: options.demo } : options.demo ? { endpoints: options.demo.endpoints } : {}),
    host: { log: memory, ...(keychain ? { keychain } : {}) },
  });
  const server = await startWebServer({ core, rendererDir: RENDERER_DIR });
  return {
    server,
    core,
    dataDir,
    logLines: memory.lines,
    stop: () => server.close(),
    dispose: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
