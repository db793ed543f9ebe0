import type { Clipboard } from '@main/host/clipboard';
import { formatLogLine, type Logger } from '@main/host/log';

// Test doubles of the host the core runs on, kept out of the production modules they stand in for.
// (The in-memory keychain is not one of them: the demo and "this session only" use it for real.)

/** A log that keeps its lines, formatted (and scrubbed) exactly as the file log writes them. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, log: (level, event, detail) => void lines.push(formatLogLine(level, event, detail)) };
}

/** A clipboard that is a string: what was copied, and whether it was wiped. */
export function createMemoryClipboard(): Clipboard & { text: string } {
  const board = {
    text: '',
    writeText: async (text: string) => void (board.text = text),
    readText: async () => board.text,
  };
  return board;
}
