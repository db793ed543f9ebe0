import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySecretBriefly } from '@main/core/copy-secret';
import { createSystemClipboard } from '@main/host/clipboard';
import { AppError } from '@shared/errors';

// The real clipboard of the browser face and the CLI, on a real X server (Xvfb) with xclip and xsel both
// installed, as on many desktops: a copy returns (xclip, which the old code tried first, kept its pipe
// open and a copy never finished), what is copied can be pasted, and the secret is wiped after its delay.
// Where Xvfb is missing (apt-get install xvfb) the file is skipped and says so.

const hasXvfb = spawnSync('sh', ['-c', 'command -v Xvfb'], { encoding: 'utf8' }).status === 0;
if (!hasXvfb) console.log('System clipboard tests skipped: no Xvfb here (apt-get install xvfb xsel).');

let xvfb: ChildProcess | undefined;
const saved = { DISPLAY: process.env.DISPLAY, WAYLAND_DISPLAY: process.env.WAYLAND_DISPLAY };

describe.skipIf(!hasXvfb)('the system clipboard on X11', () => {
  beforeAll(async () => {
    const display = 50 + (process.pid % 200);
    xvfb = spawn('Xvfb', [`:${display}`, '-nolisten', 'tcp', '-screen', '0', '640x480x24'], { stdio: 'ignore' });
    for (let tries = 0; !existsSync(`/tmp/.X11-unix/X${display}`); tries += 1) {
      if (tries > 100) throw new Error('Xvfb did not start');
      await new Promise((done) => setTimeout(done, 100));
    }
    // The clipboard tools are child processes: they find the display in our environment.
    process.env.DISPLAY = `:${display}`;
    delete process.env.WAYLAND_DISPLAY;
  });
  afterAll(() => {
    xvfb?.kill();
    Object.assign(process.env, saved);
    if (saved.WAYLAND_DISPLAY === undefined) delete process.env.WAYLAND_DISPLAY;
    if (saved.DISPLAY === undefined) delete process.env.DISPLAY;
  });

  it('copies and pastes back exactly, spaces and any script included', async () => {
    const clipboard = createSystemClipboard();
    await clipboard.writeText(' mj-secret 密码 ✓ ');
    expect(await clipboard.readText()).toBe(' mj-secret 密码 ✓ ');
  });

  it('wipes the copied secret after its delay, but not what the user copied since', async () => {
    const clipboard = createSystemClipboard();
    await copySecretBriefly(clipboard, 'the-secret-to-wipe', 1);
    expect(await clipboard.readText()).toBe('the-secret-to-wipe');
    await expect.poll(() => clipboard.readText(), { timeout: 8_000, interval: 250 }).toBe('');

    await copySecretBriefly(clipboard, 'another-secret', 1);
    await clipboard.writeText('something the user copied');
    await new Promise((done) => setTimeout(done, 2_000));
    expect(await clipboard.readText()).toBe('something the user copied');
  });

  it('says the clipboard is unavailable when there is no display, instead of failing obscurely', async () => {
    const display = process.env.DISPLAY;
    process.env.DISPLAY = ':4242'; // no X server there
    try {
      const error = await createSystemClipboard()
        .writeText('x')
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('clipboard.unavailable');
    } finally {
      process.env.DISPLAY = display;
    }
  });
});
