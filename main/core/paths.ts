import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_ID = 'mailjet-odoo-assistant';

/**
 * Where settings and logs live: the same folder for the desktop app (which sets Electron's userData
 * to it), the browser face and the CLI, so each face continues what another started.
 * MAILJET_ODOO_HOME moves it (tests, the demo, portable installs).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.MAILJET_ODOO_HOME) return env.MAILJET_ODOO_HOME;
  const home = env.HOME || env.USERPROFILE || homedir();
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_ID);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_ID);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_ID);
}

export const logFile = (dataDir: string) => join(dataDir, 'logs', 'assistant.log');
