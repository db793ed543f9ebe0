import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Where the Electron binary is, found the way the `electron` package finds it (its path.txt, or
// ELECTRON_OVERRIDE_DIST_PATH) but without calling `require('electron')`: when the binary is missing,
// that call starts a download from GitHub, which a test must never do.

export type ElectronBinary = { path: string } | { missing: string };

export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  let root: string;
  try {
    root = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed (npm install)' };
  }
  const pathFile = join(root, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, name || 'electron')
    : name
      ? join(root, 'dist', name)
      : undefined;
  if (!binary)
    return {
      missing:
        'the Electron binary was never downloaded (node_modules/electron has no path.txt; `npm start` downloads it where GitHub can be reached)',
    };
  if (!existsSync(binary)) return { missing: `no Electron binary at ${binary}` };
  // On Linux a window needs an X or Wayland display (CI without one: run the tests under xvfb-run).
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY)
    return { missing: 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset; try xvfb-run)' };
  return { path: binary };
}
