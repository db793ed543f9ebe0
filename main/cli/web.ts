import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AppError } from '@shared/errors';
import type { App } from '../compose';
import { startWebServer } from '../web/server';
import { WEB } from './commands';
import { EXIT, type CliCommand, type CliIo } from './framework';
import { openInBrowser, type BrowserOpening } from './open-browser';
import { shortInput } from './terminal-text';

/** The built renderer sits beside the built CLI and its chunks (out/main/*.js -> out/renderer). */
function defaultRendererDir(): string {
  return fileURLToPath(new URL('../renderer/', import.meta.url));
}

async function buildCore(io: CliIo, withDemo: boolean): Promise<App> {
  const { composeApp } = await import('../compose');
  return composeApp({
    face: 'web',
    env: io.env,
    demo: withDemo,
    ...(io.keychain ? { host: { keychain: io.keychain } } : {}),
  });
}

const web: CliCommand = {
  ...WEB.web,
  async run(context, values) {
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new AppError('cli.invalid-option', {
        option: 'port',
        value: shortInput(String(values.port)),
        allowed: '0 … 65535',
      });
    const rendererDir = context.io.env.MAILJET_ODOO_RENDERER_DIR || defaultRendererDir();
    if (!existsSync(`${rendererDir}/index.html`)) throw new AppError('web.renderer-missing');
    // The address comes first: the server listens at once, the core (and the demo's stand-ins) are built
    // right after it is printed, while the browser fetches the page; calls wait for the core.
    let provide!: (built: App) => void;
    let refuse!: (error: unknown) => void;
    const ready = new Promise<App>((resolve, reject) => ((provide = resolve), (refuse = reject)));
    // A failure is reported below, where the command waits for the core; requests meanwhile just fail.
    const core = ready.then((built) => built.core);
    core.catch(() => undefined);
    let opening: BrowserOpening | undefined;
    // The redirect file has done its job once a browser has swapped the token for its cookie.
    const server = await startWebServer({ core, rendererDir, port, onTokenUsed: () => opening?.cleanup() });
    // The first line is the address, token included (README promises it: scripts read it).
    context.io.stdout.write(`${server.url}\n`);
    context.io.stdout.write(`${context.t('cli.commands.web.fallback', { url: server.fallbackUrl })}\n`);
    buildCore(context.io, values.demo === true).then(provide, refuse);
    let app: App;
    try {
      app = await ready;
    } catch (error) {
      await server.close();
      throw error;
    }
    if (app.demo) context.io.stdout.write(`${context.t('cli.commands.web.demoNotice')}\n`);
    context.io.stdout.write(`${context.t('cli.commands.web.listening')}\n`);
    if (values['no-open'] !== true) opening = openInBrowser(server.url);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    opening?.cleanup();
    await server.close();
    await app.stop();
    return EXIT.done;
  },
};

export const webCommands: CliCommand[] = [web];
