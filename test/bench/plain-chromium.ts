import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';

// A Chromium as a user has it: running, with no automation attached to its tabs. Playwright's browser
// (test/support/chromium.ts) asks Chromium to pause every new tab until Playwright has attached to it,
// enabled its domains and injected its scripts (`Target.setAutoAttach` with `waitForDebuggerOnStart`),
// which is part of what a test measures and none of what a user waits for. This one speaks the DevTools
// protocol itself, over the pipe Chromium opens with `--remote-debugging-pipe` (fd 3 in, fd 4 out, one JSON
// message per NUL-terminated frame), and never asks for auto-attach: a tab opened here runs unwatched
// until the bench attaches to it, once, to read what the page measured itself.

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export interface PlainChromium {
  /** Opens `url` in a new tab, as the OS does when a link is opened in a running browser. */
  openTab(url: string): Promise<string>;
  /** Attaches to the tab (without pausing it) and evaluates `expression` there, awaiting its promise. */
  evaluateIn<T>(targetId: string, expression: string): Promise<T>;
  closeTab(targetId: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchPlainChromium(): Promise<PlainChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'assistant-bench-chromium-'));
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let buffered = '';
  fromBrowser.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    let end: number;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end)) as {
        id?: number;
        result?: unknown;
        error?: { message: string };
      };
      buffered = buffered.slice(end + 1);
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiting) continue; // an event: none is subscribed to
      pending.delete(message.id!);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => {
    for (const waiting of pending.values()) waiting.reject(new Error('Chromium exited'));
    pending.clear();
  });

  const send = <T>(method: string, params: object = {}, sessionId?: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });

  // Ready once the browser answers; its first tab is up by then.
  await send('Browser.getVersion');

  return {
    async openTab(url) {
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url });
      return targetId;
    },
    async evaluateIn<T>(targetId: string, expression: string) {
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      const answer = await send<{ result: { value: T }; exceptionDetails?: { text: string } }>(
        'Runtime.evaluate',
        { expression, awaitPromise: true, returnByValue: true },
        sessionId,
      );
      if (answer.exceptionDetails) throw new Error(`in the page: ${answer.exceptionDetails.text}`);
      await send('Target.detachFromTarget', { sessionId });
      return answer.result.value;
    },
    async closeTab(targetId) {
      await send('Target.closeTarget', { targetId });
    },
    async close() {
      await send('Browser.close').catch(() => undefined);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
