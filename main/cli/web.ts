import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/errors';
import { createCore } from '../core/handlers';
import { createNodeDeps } from '../core/node-deps';
import { startDemo } from '../sandbox/demo';
import { startWebServer } from '../web/server';
import { EXIT, type CliCommand } from './framework';
import { openInBrowser, type BrowserOpening } from './open-browser';
import { shortInput } from './terminal-text';

/** The built renderer sits beside the built CLI (out/main/cli.js -> out/renderer). */
export function defaultRendererDir(): string {
  return fileURLToPath(new URL('../renderer/', import.meta.url));
}

const web: CliCommand = {
  words: ['web'],
  key: 'cli.commands.web',
  options: {
    port: { type: 'string' },
    demo: { type: 'boolean' },
    'no-open': { type: 'boolean' },
  },
  async run(context, values) {
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AppError('cli.invalid-option', { option: 'port', value: shortInput(String(values.port)), allowed: '0 … 65535' });
    const rendererDir = context.io.env.MAILJET_ODOO_RENDERER_DIR || defaultRendererDir();
    if (!existsSync(`${rendererDir}/index.html`)) throw new AppError('web.renderer-missing');
    const demo = values.demo === true ? await startDemo(context.io.env) : undefined;
    const core = createCore(
      createNodeDeps({
        face: 'web',
        env: context.io.env,
        demo: !!demo,
        ...(demo ? { dataDir: demo.dataDir, endpoints: demo.endpoints, demoControls: demo.controls } : {}),
        ...(context.io.keychain ? { keychain: context.io.keychain } : {}),
      }),
    );
    let opening: BrowserOpening | undefined;
    // The redirect file has done its job once a browser has swapped the token for its cookie.
    const server = await startWebServer({ core, rendererDir, port, onTokenUsed: () => opening?.cleanup() });
    // The first line is the address, token included (README promises it: scripts read it).
    context.io.stdout.write(`${server.url}\n`);
    context.io.stdout.write(`${context.t('cli.commands.web.fallback', { url: server.fallbackUrl })}\n`);
    if (demo) context.io.stdout.write(`${context.t('cli.commands.web.demoNotice')}\n`);
    context.io.stdout.write(`${context.t('cli.commands.web.listening')}\n`);
    if (values['no-open'] !== true) opening = openInBrowser(server.url);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    opening?.cleanup();
    await server.close();
    await demo?.stop();
    return EXIT.done;
  },
};

export const webCommands: CliCommand[] = [web];
