import { AppError } from '../../shared/errors';

// The guided path asks the user to paste the Mailjet secret key into Odoo's Password field. The app
// copies it from the keychain straight to the system clipboard — it never reaches the page — and wipes
// the clipboard again shortly after, unless the user has copied something else meanwhile.

export interface Clipboard {
  writeText(text: string): Promise<void>;
  readText(): Promise<string>;
}

export const SECRET_CLIPBOARD_SECONDS = 45;

/**
 * The clipboard of the machine the browser face and the CLI run on, through clipboardy: pbcopy on macOS,
 * PowerShell on Windows and WSL, wl-clipboard on Wayland, xsel on X11 (its own copy of xsel when the
 * system has none). Not xclip: it keeps our pipe open while it serves the selection, so a write could
 * wait forever. The desktop app uses Electron's clipboard instead (main/app/desktop-deps.ts).
 */
export function createSystemClipboard(): Clipboard {
  // Imported on the first copy (with execa behind it), not when the core starts.
  const use = async <T>(work: (clipboard: typeof import('clipboardy').default) => Promise<T>): Promise<T> => {
    try {
      return await work((await import('clipboardy')).default);
    } catch {
      throw new AppError('clipboard.unavailable');
    }
  };
  return {
    writeText: (text) => use((clipboard) => clipboard.write(text)),
    readText: () => use((clipboard) => clipboard.read()),
  };
}

/** Copies, then clears after `seconds` if the clipboard still holds the secret. */
export async function copySecretBriefly(clipboard: Clipboard, secret: string, seconds = SECRET_CLIPBOARD_SECONDS): Promise<void> {
  await clipboard.writeText(secret);
  const timer = setTimeout(() => {
    clipboard
      .readText()
      .then((current) => (current === secret ? clipboard.writeText('') : undefined))
      .catch(() => {});
  }, seconds * 1000);
  timer.unref?.();
}
