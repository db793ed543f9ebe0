import { homedir } from 'node:os';
import { join } from 'node:path';

const APP_ID = 'mailjet-odoo-assistant';

/** The keychain service the secrets are saved under, unless MAILJET_ODOO_KEYCHAIN_SERVICE names another. */
export const KEYCHAIN_SERVICE = APP_ID;

export const SETTINGS_FILE_NAME = 'settings';

export const settingsFilePath = (dataDir: string) => join(dataDir, `${SETTINGS_FILE_NAME}.json`);

/**
 * Where settings and logs live: the same folder for the desktop app (which sets Electron's userData
 * to it), the browser face and the CLI, so each face continues what another started.
 * MAILJET_ODOO_HOME moves it (tests, the demo, portable installs).
 */
function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.MAILJET_ODOO_HOME) return env.MAILJET_ODOO_HOME;
  const home = env.HOME || env.USERPROFILE || homedir();
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_ID);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_ID);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_ID);
}

const logFile = (dataDir: string) => join(dataDir, 'logs', 'assistant.log');

/** The demo keeps its own settings folder (and its keys only in memory), so trying it never touches real ones. */
export function demoDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(defaultDataDir(env), 'demo');
}

/** Where one run of the assistant keeps things: decided here, from the environment, for every face. */
export interface HostPlace {
  /** Settings and logs; the desktop app makes it Electron's userData as well. */
  dataDir: string;
  settingsFile: string;
  logFile: string;
  /** The keychain service the secrets are saved under; none in the demo, whose keys stay in memory. */
  keychainService?: string;
}

export function hostPlace({
  demo,
  env,
  dataDir,
}: {
  demo: boolean;
  env: NodeJS.ProcessEnv;
  dataDir?: string;
}): HostPlace {
  const dir = dataDir ?? (demo ? demoDataDir(env) : defaultDataDir(env));
  return {
    dataDir: dir,
    settingsFile: settingsFilePath(dir),
    logFile: logFile(dir),
    // MAILJET_ODOO_KEYCHAIN_SERVICE keeps separate profiles (and tests) apart in the same keychain.
    ...(demo ? {} : { keychainService: env.MAILJET_ODOO_KEYCHAIN_SERVICE || KEYCHAIN_SERVICE }),
  };
}
