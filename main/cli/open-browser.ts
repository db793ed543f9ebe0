import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refreshPage } from '../web/refresh-page';

// The browser is never given the tokenised address on its command line: every local user can read a
// command line (`ps`), and the token is the key to the wizard. It is given a file instead, readable by
// this user alone (0600 in a 0700 folder), whose only content sends the browser on to the address. The
// file goes as soon as the browser has used it, and in any case after a while or when the server stops.

const KEEP_FOR_MS = 2 * 60_000;

export interface BrowserOpening {
  /** The redirect file handed to the browser. */
  file: string;
  /** Removes the file and its folder; safe to call more than once. */
  cleanup(): void;
}

function openerFor(platform: NodeJS.Platform, file: string): [string, string[]] {
  if (platform === 'darwin') return ['open', [file]];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', file]];
  return ['xdg-open', [file]];
}

/** The private redirect file for `url`, removed by `cleanup` or, failing that, after a while. */
export function writeRedirectFile(url: string): BrowserOpening {
  // mkdtemp creates the folder with mode 0700; the file is created, never reused, with mode 0600.
  const folder = mkdtempSync(join(tmpdir(), 'mailjet-odoo-open-'));
  const file = join(folder, 'open-assistant.html');
  writeFileSync(file, refreshPage(url), { mode: 0o600, flag: 'wx' });
  const timer = setTimeout(() => cleanup(), KEEP_FOR_MS);
  timer.unref();
  function cleanup() {
    clearTimeout(timer);
    rmSync(folder, { recursive: true, force: true });
  }
  return { file, cleanup };
}

/** Opens the address through a private redirect file; a failure only means the user opens the printed link. */
export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): BrowserOpening {
  const opening = writeRedirectFile(url);
  const [command, args] = openerFor(platform, opening.file);
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // the address is printed anyway
  }
  return opening;
}
