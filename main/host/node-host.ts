import { createSystemClipboard, type Clipboard } from './clipboard';
import type { Host } from './host';
import type { Keychain } from './keychain';
import { chooseKeychain } from './keychain-choice';
import { createFileLogger, type Logger } from './log';
import type { HostPlace } from './paths';
import { openSettingsStore, type SettingsStoreClass } from './settings';
import { systemLocale } from './system-locale';
import { APP_VERSION } from './version';

// The one host implementation: the machine as plain Node sees it. The browser face and the CLI use it as
// it is; the desktop face gives its Electron parts (settings class, clipboard, locale) in `parts`.

/** What a face (or a test) gives in place of the Node host's own parts. */
export interface HostParts {
  /** Stands in for the system keychain; the session (and, in the CLI, environment) layers still wrap it. */
  keychain?: Keychain;
  clipboard?: Clipboard;
  log?: Logger;
  /** The locale as the face knows it (Electron's `app.getLocale()`); the environment's otherwise. */
  systemLocale?: string;
  /** The class that writes the settings file: conf, or electron-store in the desktop face. */
  settingsStoreClass?: SettingsStoreClass;
}

export interface NodeHostOptions {
  face: 'desktop' | 'web' | 'cli';
  demo: boolean;
  env: NodeJS.ProcessEnv;
  place: HostPlace;
  parts?: HostParts;
}

export function createNodeHost({ face, demo, env, place, parts = {} }: NodeHostOptions): Host {
  const log = parts.log ?? createFileLogger(place.logFile);
  const settings = openSettingsStore(place.dataDir, parts.settingsStoreClass);
  if (settings.recovery)
    log.log('warn', 'settings.invalid: the settings file was refused; what was valid is kept', settings.recovery);
  return {
    version: APP_VERSION,
    systemLocale: parts.systemLocale || systemLocale(env),
    keychain: chooseKeychain({
      face,
      demo,
      env,
      ...(place.keychainService ? { service: place.keychainService } : {}),
      ...(parts.keychain ? { keychain: parts.keychain } : {}),
    }),
    clipboard: parts.clipboard ?? createSystemClipboard(),
    settings,
    log,
  };
}
