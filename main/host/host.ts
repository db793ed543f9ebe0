import type { Clipboard } from './clipboard';
import type { Keychain } from './keychain';
import type { Logger } from './log';
import type { SettingsStore } from './settings';

// What the work (main/core) receives from the machine it runs on. The work sees only these interfaces;
// node-host.ts builds them under plain Node, and the desktop face swaps in its Electron parts
// (main/app/desktop-host.ts). Which host a face gets is decided in one place, main/compose.ts.

export interface Host {
  version: string;
  /** The operating system's locale, for the language until the user picks one. */
  systemLocale: string;
  keychain: Keychain;
  /** The system clipboard, for copying a stored secret without showing it; absent where a face has none. */
  clipboard?: Clipboard;
  settings: SettingsStore;
  log: Logger;
}
