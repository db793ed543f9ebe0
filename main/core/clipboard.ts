import { spawn } from 'node:child_process';
import { AppError } from '../../shared/errors';

// The guided path asks the user to paste the Mailjet secret key into Odoo's Password field. The app
// copies it from the keychain straight to the system clipboard — it never reaches the page — and wipes
// the clipboard again shortly after, unless the user has copied something else meanwhile.

export interface Clipboard {
  writeText(text: string): Promise<void>;
  readText(): Promise<string>;
}

export const SECRET_CLIPBOARD_SECONDS = 45;

interface Tool {
  write: [string, string[]];
  read: [string, string[]];
}

function toolsFor(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): Tool[] {
  if (platform === 'darwin') return [{ write: ['pbcopy', []], read: ['pbpaste', []] }];
  if (platform === 'win32') return [{ write: ['clip', []], read: ['powershell', ['-NoProfile', '-Command', 'Get-Clipboard']] }];
  const x11: Tool[] = [
    { write: ['xclip', ['-selection', 'clipboard']], read: ['xclip', ['-selection', 'clipboard', '-o']] },
    { write: ['xsel', ['--clipboard', '--input']], read: ['xsel', ['--clipboard', '--output']] },
  ];
  const wayland: Tool = { write: ['wl-copy', []], read: ['wl-paste', ['--no-newline']] };
  return env.WAYLAND_DISPLAY ? [wayland, ...x11] : [...x11, wayland];
}

function runTool([command, args]: [string, string[]], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} exited with ${code}`))));
    child.stdin.end(input ?? '');
  });
}

/** The clipboard of the machine the browser face runs on, through the desktop's own tools. */
export function createSystemClipboard(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): Clipboard {
  const tools = toolsFor(platform, env);
  const firstWorking = async (use: (tool: Tool) => Promise<string>): Promise<string> => {
    for (const tool of tools) {
      try {
        return await use(tool);
      } catch {
        // try the next tool
      }
    }
    throw new AppError('clipboard.unavailable');
  };
  return {
    writeText: async (text) => void (await firstWorking((tool) => runTool(tool.write, text))),
    readText: () => firstWorking((tool) => runTool(tool.read)),
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
