import { clipboard } from 'electron';
import ElectronStore from 'electron-store';
import type { CoreDeps, DemoControls, ServiceEndpoints } from '../core/context';
import { chooseKeychain } from '../core/keychain-choice';
import { createFileLogger } from '../core/log';
import { endpointsFromEnvironment, systemLocale } from '../core/node-deps';
import { logFile } from '../core/paths';
import { openSettingsStore, settingsStoreOptions, type SettingsBackend } from '../core/settings';
import { APP_VERSION } from '../core/version';

/** The desktop face's dependencies: electron-store over the same file and schema the other faces use. */
export function createDesktopDeps(options: { dataDir: string; demo: boolean; locale: string; endpoints?: ServiceEndpoints; demoControls?: DemoControls }): CoreDeps {
  const log = createFileLogger(logFile(options.dataDir));
  const settings = openSettingsStore(options.dataDir, (dir) => new ElectronStore(settingsStoreOptions(dir)) as unknown as SettingsBackend);
  if (settings.recovery) log.log('warn', 'settings.invalid: the settings file was refused; what was valid is kept', settings.recovery);
  return {
    face: 'desktop',
    demo: options.demo,
    version: APP_VERSION,
    systemLocale: options.locale || systemLocale(),
    keychain: chooseKeychain({ face: 'desktop', demo: options.demo, env: process.env }),
    clipboard: { writeText: async (text) => clipboard.writeText(text), readText: async () => clipboard.readText() },
    settings,
    log,
    endpoints: { ...endpointsFromEnvironment(process.env), ...options.endpoints },
    ...(options.demoControls ? { demoControls: options.demoControls } : {}),
  };
}
