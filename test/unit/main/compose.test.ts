import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// What each face asks the system for, recorded: Electron's data folder and the keychain services.
const seen = vi.hoisted(() => ({ userData: [] as string[], services: [] as string[] }));
vi.mock('electron', () => ({
  default: {},
  app: { setPath: (name: string, path: string) => name === 'userData' && seen.userData.push(path) },
  clipboard: { writeText: () => {}, readText: () => '' },
}));
vi.mock('@napi-rs/keyring', () => ({
  AsyncEntry: class {
    constructor(service: string) {
      seen.services.push(service);
    }
    async getPassword() {
      return null;
    }
  },
}));

const { composeApp } = await import('@main/compose');
const { prepareDesktopRun } = await import('@main/app/desktop-host');
type App = Awaited<ReturnType<typeof composeApp>>;

let home: string;
const started: App[] = [];
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'assistant-compose-'));
  seen.userData.length = 0;
});
afterEach(async () => {
  for (const app of started.splice(0)) await app.stop();
  rmSync(home, { recursive: true, force: true });
});

/** Where one face, started on `env`, keeps things: its settings file, Electron's folder, the keychain service it asks. */
async function whereItKeeps(face: 'desktop' | 'web' | 'cli', env: NodeJS.ProcessEnv, demo: boolean) {
  const app =
    face === 'desktop'
      ? await prepareDesktopRun(env, demo ? ['electron', '.', '--demo'] : ['electron', '.']).compose('it-IT')
      : await composeApp({ face, env, demo });
  started.push(app);
  seen.services.length = 0;
  await app.core.deps.keychain.get('odoo');
  return {
    dataDir: app.place.dataDir,
    settingsFile: app.core.deps.settings.path,
    keychainServices: [...seen.services],
    ...(app.demo ? { demoDataDir: app.demo.dataDir } : {}),
  };
}

describe('the composition root', () => {
  it('gives the desktop app, the browser face and the CLI the same folder, settings file and keychain service', async () => {
    const env = {
      MAILJET_ODOO_HOME: home,
      MAILJET_ODOO_KEYCHAIN_SERVICE: 'assistant-second-profile',
      LANG: 'en_US.UTF-8',
    };
    const desktop = await whereItKeeps('desktop', env, false);
    expect(desktop).toEqual({
      dataDir: home,
      settingsFile: join(home, 'settings.json'),
      keychainServices: ['assistant-second-profile'],
    });
    // Electron's own files go to the same folder, decided before Electron is ready.
    expect(seen.userData).toEqual([home]);
    expect(await whereItKeeps('web', env, false)).toEqual(desktop);
    expect(await whereItKeeps('cli', env, false)).toEqual(desktop);
  });

  it('uses the default keychain service when the environment names none, in every face', async () => {
    const env = { MAILJET_ODOO_HOME: home };
    const faces = await Promise.all((['desktop', 'web', 'cli'] as const).map((face) => whereItKeeps(face, env, false)));
    for (const where of faces) expect(where.keychainServices).toEqual(['mailjet-odoo-assistant']);
  });

  it('starts the demo in the same folder for the desktop app and the browser face, and never asks the keychain', async () => {
    const env = { MAILJET_ODOO_HOME: home, MAILJET_ODOO_KEYCHAIN_SERVICE: 'assistant-second-profile' };
    const desktop = await whereItKeeps('desktop', env, true);
    const demoDir = join(home, 'demo');
    expect(desktop).toEqual({
      dataDir: demoDir,
      settingsFile: join(demoDir, 'settings.json'),
      keychainServices: [],
      demoDataDir: demoDir,
    });
    expect(seen.userData).toEqual([demoDir]);
    expect(await whereItKeeps('web', env, true)).toEqual(desktop);
  });
});
