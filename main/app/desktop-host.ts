import { app, clipboard } from 'electron';
import ElectronStore from 'electron-store';
import { composeApp, placeFor, type App } from '../compose';
import type { HostParts } from '../host/node-host';

// The desktop face's part of the host, and nothing more: electron-store writes the settings (the same file,
// read and checked by the same code as conf in the other faces), Electron's clipboard, Electron's locale,
// and Electron's own files in the run's data folder. Everything else is decided by main/compose.ts.

function desktopHostParts(locale: string): HostParts {
  return {
    settingsStoreClass: ElectronStore,
    clipboard: { writeText: async (text) => clipboard.writeText(text), readText: async () => clipboard.readText() },
    ...(locale ? { systemLocale: locale } : {}),
  };
}

export interface DesktopRun {
  demo: boolean;
  /** Once Electron is ready: the app, from the composition root, with the desktop's parts of the host. */
  compose(locale: string): Promise<App>;
}

/**
 * Called before Electron is ready: Electron keeps its own files (web storage, caches) in the data folder
 * the root chooses for this environment, the one the CLI and the browser face use too.
 */
export function prepareDesktopRun(env: NodeJS.ProcessEnv, argv: readonly string[]): DesktopRun {
  const demo = argv.includes('--demo');
  app.setPath('userData', placeFor({ demo, env }).dataDir);
  return { demo, compose: (locale) => composeApp({ face: 'desktop', demo, env, host: desktopHostParts(locale) }) };
}
