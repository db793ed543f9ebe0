import type xmlrpc from 'xmlrpc';
import { AppError } from '@shared/errors';
import { OdooFault, OdooHttpError, OdooTimeoutError, type OdooTransport, type RpcCallOptions } from './transport';

// The `xmlrpc` package (1.3.2) has no timeout and no cancel, and it serialises `undefined` struct members
// as empty strings, which Odoo would write into fields. Each call here gets its own client so it can
// carry an AbortSignal down to Node's http request, and arguments are cleaned of `undefined` first.

export const DEFAULT_TIMEOUT_MS = 30_000;

// Imported on the first call, not when the core starts: most launches never talk to Odoo.
let xmlrpcModule: Promise<typeof xmlrpc> | undefined;
const loadXmlRpc = () => (xmlrpcModule ??= import('xmlrpc').then((m) => m.default));
const USER_AGENT = 'mailjet-odoo-assistant';

type RawError = Error & {
  faultCode?: number | string;
  faultString?: string;
  res?: { statusCode?: number; headers?: Record<string, unknown> };
};

/** `undefined` would reach Odoo as '' and overwrite a field: drop it, recursively. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, withoutUndefined(v)]),
    );
  }
  return value;
}

function classify(error: RawError, timedOut: () => boolean, cancelled: () => boolean, timeoutMs: number): Error {
  if (cancelled()) return new AppError('app.cancelled');
  if (timedOut()) return new OdooTimeoutError(timeoutMs);
  if (error.faultCode !== undefined) return new OdooFault(error.faultCode, String(error.faultString ?? ''));
  const status = error.res?.statusCode;
  if (status !== undefined && (status !== 200 || error.message === 'Not Found')) {
    const location = error.res?.headers?.location;
    return new OdooHttpError(status, typeof location === 'string' ? location : undefined);
  }
  // A 200 whose body is not XML-RPC (a login page, a parked domain): treated like a wrong path.
  if (status === 200) return new OdooHttpError(200);
  return error;
}

export function createXmlRpcTransport(baseUrl: string, defaults: { timeoutMs?: number } = {}): OdooTransport {
  const base = new URL(baseUrl);
  const secure = base.protocol === 'https:';

  const call = async (path: string, method: string, params: unknown[], options: RpcCallOptions = {}) => {
    const xmlrpc = await loadXmlRpc();
    return new Promise<unknown>((resolve, reject) => {
      const timeoutMs = options.timeoutMs ?? defaults.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const timer = new AbortController();
      const handle = setTimeout(() => timer.abort(), timeoutMs);
      const signal = options.signal ? AbortSignal.any([options.signal, timer.signal]) : timer.signal;
      let settled = false;
      const finish = (error: unknown, value?: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(handle);
        if (error)
          reject(
            classify(
              error as RawError,
              () => timer.signal.aborted,
              () => !!options.signal?.aborted,
              timeoutMs,
            ),
          );
        else resolve(value);
      };
      if (options.signal?.aborted) return finish(new Error('aborted'));
      const clientOptions = {
        host: base.hostname.replace(/^\[|\]$/g, ''),
        port: base.port ? Number(base.port) : secure ? 443 : 80,
        path,
        headers: { 'User-Agent': USER_AGENT },
        // Passed through to http.request by the package: aborting destroys the socket.
        signal,
      };
      const client = secure ? xmlrpc.createSecureClient(clientOptions) : xmlrpc.createClient(clientOptions);
      try {
        client.methodCall(method, withoutUndefined(params) as unknown[], (error, value) => finish(error, value));
      } catch (error) {
        finish(error);
      }
    });
  };

  return {
    protocol: 'xmlrpc',
    baseUrl: `${base.protocol}//${base.host}`,
    version: async (options) => (await call('/xmlrpc/2/common', 'version', [], options)) as Record<string, unknown>,
    listDatabases: async (options) => {
      const list = await call('/xmlrpc/2/db', 'list', [], options);
      return Array.isArray(list) ? list.filter((name): name is string => typeof name === 'string') : [];
    },
    authenticate: async (db, login, secret, options) => {
      // The fourth argument stays empty: a `base_location` there would overwrite web.base.url for admins.
      const uid = await call('/xmlrpc/2/common', 'authenticate', [db, login, secret, {}], options);
      return typeof uid === 'number' && uid > 0 ? uid : false;
    },
    executeKw: (credentials, model, method, args, kwargs = {}, options) =>
      call(
        '/xmlrpc/2/object',
        'execute_kw',
        [credentials.db, credentials.uid, credentials.secret, model, method, args, kwargs],
        options,
      ),
  };
}
