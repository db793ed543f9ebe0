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

/**
 * How long `--no-open` waits for a browser before building the core anyway: about what a browser already
 * running takes to ask for an address opened in it at once (tens of ms when the machine is idle). A browser
 * that comes later finds the core built, or being built (it then waits, as it would have anyway).
 */
const FIRST_SCREEN_WAIT_MS = 100;

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
    let building = false;
    const startCore = () => {
      if (building) return;
      building = true;
      buildCore(context.io, values.demo === true).then(provide, refuse);
    };
    const server = await startWebServer({
      core,
      rendererDir,
      port,
      // The redirect file has done its job once a browser has swapped the token for its cookie.
      onTokenUsed: () => opening?.cleanup(),
      onFirstScreenSent: startCore,
    });
    // The first line is the address, token included (README promises it: scripts read it).
    context.io.stdout.write(`${server.url}\n`);
    context.io.stdout.write(`${context.t('cli.commands.web.fallback', { url: server.fallbackUrl })}\n`);
    // Building the core loads most of our code, a stretch during which this process answers nothing. When we
    // open the browser, it is built first (the browser comes after). When the address is opened by someone
    // else, the browser may be here at once: then the page's files go out first and the core is built while
    // the browser runs them (the server says when). If no browser has come within a moment, it is built then,
    // to be ready for one opened later (by hand, or by a slower program).
    if (values['no-open'] === true) setTimeout(() => server.visited || startCore(), FIRST_SCREEN_WAIT_MS).unref();
    else startCore();
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
