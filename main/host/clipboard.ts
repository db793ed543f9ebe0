import { spawn } from 'node:child_process';
import { AppError } from '../../shared/errors';

// The system clipboard, as the host gives it to the work (main/core/copy-secret.ts decides what is
// copied and for how long). The desktop face hands in Electron's clipboard instead of these tools.

export interface Clipboard {
  writeText(text: string): Promise<void>;
  readText(): Promise<string>;
}

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

export function createMemoryClipboard(): Clipboard & { text: string } {
  const board = {
    text: '',
    writeText: async (text: string) => void (board.text = text),
    readText: async () => board.text,
  };
  return board;
}
