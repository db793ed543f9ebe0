import { AppError } from '@shared/errors';

// The system clipboard, as the host gives it to the work (main/core/copy-secret.ts decides what is
// copied and for how long). The desktop face hands in Electron's clipboard instead of these tools.

export interface Clipboard {
  writeText(text: string): Promise<void>;
  readText(): Promise<string>;
}

/**
 * The clipboard of the machine the browser face and the CLI run on, through clipboardy: pbcopy on macOS,
 * PowerShell on Windows and WSL, wl-clipboard on Wayland, xsel on X11 (its own copy of xsel when the
 * system has none). Not xclip: it keeps our pipe open while it serves the selection, so a write could
 * wait forever. The desktop app uses Electron's clipboard instead (main/app/desktop-host.ts).
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
