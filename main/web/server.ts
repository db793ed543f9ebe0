import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProgressEvent } from '@shared/contract';
import { AppError } from '@shared/errors';
import type { Core } from '../core/dispatch';
import {
  isAllowedHost,
  isAllowedOrigin,
  perLaunchHostName,
  requestToken,
  sameToken,
  SECURITY_HEADERS,
  tokenCookieName,
} from './security';
import { readStatic } from '../host/static-assets';
import { injectBridge } from './inject-bridge';
import { refreshPage } from './refresh-page';

export interface WebServerOptions {
  /** The core, or its promise: the server listens (and its address is printed) while the core is still being
   * built, and calls wait for it. The core and the contract are imported on first use. */
  core: Core | Promise<Core>;
  rendererDir: string;
  port?: number;
  /** Fixed only by tests; a real launch always draws a fresh one. */
  token?: string;
  /** Likewise: `<random>.localhost`, drawn at each launch. */
  hostName?: string;
  /** Called each time a browser swaps the token in the address for its cookie. */
  onTokenUsed?: () => void;
}

export interface WebServer {
  port: number;
  token: string;
  /** This launch's own host name, `<random>.localhost`. */
  hostName: string;
  /** The address to open: carries the token once, the server then moves it into a cookie. */
  url: string;
  /** The same on 127.0.0.1, for a browser that does not resolve *.localhost (its cookie is not private). */
  fallbackUrl: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

const UNAUTHORISED_PAGE = `<!doctype html><html lang="it"><meta charset="utf-8"><title>Mailjet Odoo Assistant</title>
<p lang="it">Apri l'indirizzo completo mostrato nel terminale da <code>mailjet-odoo web</code>: contiene la chiave di accesso di questa sessione.</p>
<p lang="en">Open the full address printed in the terminal by <code>mailjet-odoo web</code>: it carries this session's access key.</p></html>`;

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {},
) {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown) {
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

/**
 * Where to send the browser after the token is swapped for a cookie: always a path on this host.
 * `/.//evil.example/` normalises to the pathname `//evil.example/`, which a browser would read as
 * another host, so leading slashes are folded into one.
 */
function pathOnThisHost(url: URL): string {
  return `/${url.pathname.replace(/^\/+/, '')}${url.search}`;
}

/**
 * The answer to the tokenised address of any other page than the wizard's: the cookie, then that page through
 * a refresh. A 303 would lose the cookie when the address was opened from the private redirect file: that
 * navigation started on a file:// page, so the browser holds SameSite=Strict cookies back for the whole
 * redirect chain. A refresh is a new navigation started by our own page, which the browser counts as same-site.
 * The wizard's own address (`/`) needs neither: it is answered with the wizard and the cookie at once.
 */
const continuePage = refreshPage;

/** Where the wizard answers; a visit there with the token gets it at once, no second page load. */
const isWizardPath = (pathname: string) => pathname === '/' || pathname === '/index.html';

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new AppError('app.invalid-input', { field: 'body' });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const hostName = options.hostName ?? perLaunchHostName();
  const eventClients = new Set<ServerResponse>();
  let port = 0;

  const broadcast = (event: ProgressEvent) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const client of eventClients) client.write(frame);
  };

  /** The renderer's index.html with the bridge script first in <head>. */
  const wizardPage = async () => {
    const file = await readStatic(options.rendererDir, '/index.html');
    return file && { body: Buffer.from(injectBridge(file.body.toString('utf8'))), type: file.type };
  };

  const handleRpc = async (request: IncomingMessage, response: ServerResponse, channel: string) => {
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      // A cross-site form can only send "simple" content types; insisting on JSON shuts that door too.
      sendJson(response, 415, { ok: false, error: { code: 'app.invalid-input', params: { field: 'content-type' } } });
      return;
    }
    let body: { input?: unknown; operationId?: unknown };
    try {
      const text = await readBody(request);
      body = text ? (JSON.parse(text) as typeof body) : {};
      if (body === null || typeof body !== 'object') throw new Error('not an object');
    } catch {
      sendJson(response, 400, { ok: false, error: { code: 'app.invalid-input', params: { field: 'body' } } });
      return;
    }
    const operationId = typeof body.operationId === 'string' ? body.operationId : undefined;
    const [{ dispatch }, core] = await Promise.all([import('../core/dispatch'), options.core]);
    const result = await dispatch(core, channel, body.input, {
      ...(operationId ? { operationId } : {}),
      onProgress: broadcast,
    });
    sendJson(response, !result.ok && result.error.code === 'app.unknown-channel' ? 404 : 200, result);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = URL.parse(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url) {
      // A request line no URL parser accepts (`GET //`) is the client's mistake, not a failure of ours.
      send(response, 400, 'Bad Request', 'text/plain; charset=utf-8');
      return;
    }
    const address = { port, hostName };
    const queryToken = url.searchParams.get('token');
    const tokenVisit = request.method === 'GET' && queryToken !== null;
    if (!isAllowedHost(request.headers.host, address) || !isAllowedOrigin(request, address, tokenVisit)) {
      send(response, 403, 'Forbidden', 'text/plain; charset=utf-8');
      return;
    }
    // First visit: the token comes in the URL once and is swapped for a cookie, so it leaves the address bar.
    if (tokenVisit && queryToken !== null) {
      if (!sameToken(queryToken, token)) {
        send(response, 401, UNAUTHORISED_PAGE, 'text/html; charset=utf-8');
        return;
      }
      url.searchParams.delete('token');
      // No Domain attribute: the cookie belongs to exactly the host name the browser used.
      const cookie = { 'Set-Cookie': `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/` };
      // The page's scripts, calls and progress stream are requests of our own page, which carry the cookie
      // whatever page opened the address; the bridge then takes the token out of the address bar.
      // Judged on the path as sent: `//evil.example/?token=…` parses to the path `/` of another host.
      const wizard = isWizardPath((request.url ?? '').split('?')[0]!) ? await wizardPage() : undefined;
      if (wizard) send(response, 200, wizard.body, wizard.type, cookie);
      else send(response, 200, continuePage(pathOnThisHost(url)), 'text/html; charset=utf-8', cookie);
      options.onTokenUsed?.();
      return;
    }
    if (!sameToken(requestToken(request, port), token)) {
      if (url.pathname.startsWith('/rpc/'))
        sendJson(response, 401, { ok: false, error: { code: 'web.session-expired' } });
      else send(response, 401, UNAUTHORISED_PAGE, 'text/html; charset=utf-8');
      return;
    }
    if (request.method === 'POST' && url.pathname.startsWith('/rpc/')) {
      // Channel names are plain identifiers: no decoding, so a bad escape (`/rpc/%`) is just an unknown channel.
      await handleRpc(request, response, url.pathname.slice('/rpc/'.length));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'Method Not Allowed', 'text/plain; charset=utf-8', { Allow: 'GET, POST' });
      return;
    }
    if (url.pathname === '/events') {
      response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
      response.write(': connected\n\n');
      eventClients.add(response);
      request.on('close', () => eventClients.delete(response));
      return;
    }
    if (url.pathname === '/favicon.ico') {
      send(response, 204, '', 'image/x-icon');
      return;
    }
    const file = isWizardPath(url.pathname) ? await wizardPage() : await readStatic(options.rendererDir, url.pathname);
    if (!file) {
      send(response, 404, 'Not Found', 'text/plain; charset=utf-8');
      return;
    }
    send(response, 200, file.body, file.type);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      void Promise.resolve(options.core).then(
        (core) => core.deps.log.log('error', 'web request failed', error),
        () => undefined,
      );
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'app.internal' } });
      else response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new AppError('web.port-in-use', { port: options.port ?? 0 }) : error),
    );
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    hostName,
    url: `http://${hostName}:${port}/?token=${token}`,
    fallbackUrl: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of eventClients) client.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
