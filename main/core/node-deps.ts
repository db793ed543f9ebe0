import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createSystemClipboard, type Clipboard } from './clipboard';
import type { CoreDeps, DemoControls, ServiceEndpoints } from './context';
import type { Keychain } from './keychain';
import { chooseKeychain } from './keychain-choice';
import { createFileLogger, type Logger } from './log';
import { defaultDataDir, logFile } from './paths';
import { openSettingsStore, type SettingsStore } from './settings';
import { systemLocale } from './system-locale';
import { APP_VERSION } from './version';

// Assembles the core's dependencies for the faces that run under plain Node (browser face, CLI).
// The desktop face does the same with electron-store and Electron's paths.

export interface NodeDepsOptions {
  face: 'web' | 'cli';
  demo?: boolean;
  env?: NodeJS.ProcessEnv;
  dataDir?: string;
  keychain?: Keychain;
  clipboard?: Clipboard;
  endpoints?: ServiceEndpoints;
  demoControls?: DemoControls;
}

export { systemLocale };

/** The demo keeps its own settings folder (and its keys only in memory), so trying it never touches real ones. */
export function demoDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(defaultDataDir(env), 'demo');
}

export function openSettings(dataDir: string, log: Logger): SettingsStore {
  const settings = openSettingsStore(dataDir);
  if (settings.recovery) log.log('warn', 'settings.invalid: the settings file was refused; what was valid is kept', settings.recovery);
  return settings;
}

export function endpointsFromEnvironment(env: NodeJS.ProcessEnv): ServiceEndpoints {
  return {
    ...(env.MAILJET_API_URL ? { mailjetApiUrl: env.MAILJET_API_URL } : {}),
    ...(env.MAILJET_API_KEY ? { mailjetApiKey: env.MAILJET_API_KEY.trim() } : {}),
    ...(env.MAILJET_ODOO_DNS_RESOLVER ? { dnsResolver: env.MAILJET_ODOO_DNS_RESOLVER } : {}),
    ...(env.MAILJET_ODOO_DNS_BOOTSTRAP ? { dnsBootstrap: env.MAILJET_ODOO_DNS_BOOTSTRAP } : {}),
    ...(Number(env.MAILJET_ODOO_DNS_NS_PORT) > 0 ? { dnsNameserverPort: Number(env.MAILJET_ODOO_DNS_NS_PORT) } : {}),
    ...(env.ODOO_URL ? { odooUrl: env.ODOO_URL.trim() } : {}),
    ...(env.CLOUDFLARE_API_URL ? { cloudflareApiUrl: env.CLOUDFLARE_API_URL.trim() } : {}),
    ...(env.OVH_API_URL ? { ovhApiUrl: env.OVH_API_URL.trim() } : {}),
  };
}

export function createNodeDeps(options: NodeDepsOptions): CoreDeps {
  const env = options.env ?? process.env;
  const demo = options.demo ?? false;
  const dataDir = options.dataDir ?? (demo ? demoDataDir(env) : defaultDataDir(env));
  const log = createFileLogger(logFile(dataDir));
  const keychain = chooseKeychain({ face: options.face, demo, env, ...(options.keychain ? { keychain: options.keychain } : {}) });
  log.log('info', `start ${options.face}${demo ? ' demo' : ''} ${APP_VERSION} session ${randomUUID().slice(0, 8)}`);
  return {
    face: options.face,
    demo,
    version: APP_VERSION,
    systemLocale: systemLocale(env),
    keychain,
    clipboard: options.clipboard ?? createSystemClipboard(),
    ...(demo && options.demoControls ? { demoControls: options.demoControls } : {}),
    settings: openSettings(dataDir, log),
    log,
    endpoints: { ...endpointsFromEnvironment(env), ...options.endpoints },
  };
}
