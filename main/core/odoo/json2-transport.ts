import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { AppError } from '@shared/errors';
import { faultCodeForJson2 } from './errors';
import {
  OdooFault,
  OdooHttpError,
  OdooTimeoutError,
  type OdooCredentials,
  type OdooTransport,
  type RpcCallOptions,
} from './transport';
import { DEFAULT_TIMEOUT_MS } from './xmlrpc-transport';

// Odoo 19's JSON-2 API (addons/rpc/controllers/json2.py `web_json_2_rpc`): POST /json/2/<model>/<method>
// with `Authorization: bearer <API key>` and `X-Odoo-Database: <db>`; the JSON body holds `ids`,
// `context` and the method's own parameters BY NAME (the route binds them with inspect.signature, so a
// positional list would not fit). It answers 200 with the result as JSON, recordsets as id lists.
// Errors are JSON `{name, message, arguments, context, debug}` with an HTTP status (odoo/http.py
// `Json2Dispatcher.handle_error`); they become the OdooFault XML-RPC would have sent, so the layers
// above need not know which protocol ran. Only API keys are accepted: `_auth_method_bearer`
// (base/models/ir_http.py) checks the token against res.users.apikeys and answers 401 "Invalid apikey"
// to anything else, a password included.

const USER_AGENT = 'mailjet-odoo-assistant';

interface Signature {
  /** The method runs on records: the first positional argument is their ids. */
  ids: boolean;
  /** The remaining positional parameters, in order, as Odoo 19 names them. */
  params: readonly string[];
}

/**
 * The positional parameters of every method the assistant calls, from Odoo 19's signatures:
 * odoo/orm/models.py (search_read, search_count, search, read, write, create, unlink, fields_get),
 * base/models/res_users.py (has_group on a record, context_get), base/models/ir_config_parameter.py
 * (get_param, set_param), base/models/ir_mail_server.py (test_smtp_connection). `@api.model` methods
 * take no ids: JSON-2 refuses ids there with 422.
 */
const SIGNATURES: Record<string, Signature> = {
  search_read: { ids: false, params: ['domain', 'fields', 'offset', 'limit', 'order'] },
  search_count: { ids: false, params: ['domain', 'limit'] },
  search: { ids: false, params: ['domain', 'offset', 'limit', 'order'] },
  fields_get: { ids: false, params: ['allfields', 'attributes'] },
  create: { ids: false, params: ['vals_list'] },
  read: { ids: true, params: ['fields', 'load'] },
  write: { ids: true, params: ['vals'] },
  unlink: { ids: true, params: [] },
  has_group: { ids: true, params: ['group_ext_id'] },
  context_get: { ids: false, params: [] },
  get_param: { ids: false, params: ['key', 'default'] },
  set_param: { ids: false, params: ['key', 'value'] },
  test_smtp_connection: { ids: true, params: ['autodetect_max_email_size'] },
  // mail/models/mail_mail.py: 17.0 `send(self, auto_commit=False, raise_exception=False)`, 19.0
  // `send(self, auto_commit=False, raise_exception=False, post_send_callback=None)` (read in the official 19.0
  // build); the test e-mail passes none of them.
  send: { ids: true, params: ['auto_commit', 'raise_exception'] },
};

const isIdList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((id) => Number.isInteger(id));

/** execute_kw's positional `args` and `kwargs` as the one JSON object JSON-2 expects. */
export function namedArguments(
  model: string,
  method: string,
  args: unknown[],
  kwargs: Record<string, unknown> = {},
): Record<string, unknown> {
  const signature = SIGNATURES[method];
  // A programming error, reported the way Odoo reports a call that does not fit (XML-RPC: TypeError, fault 1).
  const misfit = (why: string) =>
    new OdooFault(1, `TypeError: ${model}.${method}: ${why} (no JSON-2 form known for this call)`);
  if (!signature) throw misfit('unknown method');
  let rest = args;
  const body: Record<string, unknown> = {};
  if (signature.ids) {
    if (!isIdList(rest[0])) throw misfit('the first argument must be a list of ids');
    body.ids = rest[0];
    rest = rest.slice(1);
  }
  if (rest.length > signature.params.length) throw misfit('too many positional arguments');
  rest.forEach((value, i) => {
    if (value !== undefined) body[signature.params[i]!] = value;
  });
  for (const [name, value] of Object.entries(kwargs)) {
    if (value === undefined) continue;
    if (name in body) throw misfit(`${name} given twice`);
    body[name] = value;
  }
  return body;
}

interface RawResponse {
  status: number;
  contentType: string;
  location: string | null;
  text: string;
}

interface Json2ErrorBody {
  name?: unknown;
  message?: unknown;
  debug?: unknown;
}

/** What an error answer means, as the fault XML-RPC would have sent; anything not JSON is an HTTP error. */
function failure(response: RawResponse): Error {
  if (response.status >= 300 && response.status < 400)
    return new OdooHttpError(response.status, response.location ?? undefined);
  let body: Json2ErrorBody | undefined;
  if (response.contentType.includes('json')) {
    try {
      body = JSON.parse(response.text) as Json2ErrorBody;
    } catch {
      body = undefined;
    }
  }
  if (!body || typeof body.name !== 'string') return new OdooHttpError(response.status);
  const message = typeof body.message === 'string' ? body.message : '';
  const code = faultCodeForJson2(response.status, body.name, message);
  // Like XML-RPC: fault 1 carries the traceback (for the log only), the others the message.
  const debug = typeof body.debug === 'string' && body.debug.trim() ? body.debug : `${body.name}: ${message}`;
  return new OdooFault(code, code === 1 ? debug : message, { status: response.status, exception: body.name });
}

/** One HTTP exchange with Node's own client (fetch would load undici first: a noticeable wait per CLI run). */
function exchange(
  url: URL,
  method: 'GET' | 'POST',
  headers: Record<string, string>,
  body: string | undefined,
  signal: AbortSignal,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const outgoing = send(
      url,
      {
        method,
        headers: { ...headers, ...(body !== undefined ? { 'Content-Length': String(Buffer.byteLength(body)) } : {}) },
        signal,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const location = response.headers.location;
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            // Redirects are not followed: a moved server is the user's to fix (the same as over XML-RPC).
            location: typeof location === 'string' ? location : null,
            text: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

export function createJson2Transport(baseUrl: string, defaults: { timeoutMs?: number } = {}): OdooTransport {
  const base = new URL(baseUrl);
  const origin = `${base.protocol}//${base.host}`;

  const request = async (
    method: 'GET' | 'POST',
    path: string,
    headers: Record<string, string>,
    body: string | undefined,
    options: RpcCallOptions = {},
  ) => {
    const timeoutMs = options.timeoutMs ?? defaults.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (options.signal?.aborted) throw new AppError('app.cancelled');
    const timer = new AbortController();
    const handle = setTimeout(() => timer.abort(), timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timer.signal]) : timer.signal;
    try {
      return await exchange(new URL(path, origin), method, { 'User-Agent': USER_AGENT, ...headers }, body, signal);
    } catch (error) {
      if (options.signal?.aborted) throw new AppError('app.cancelled');
      if (timer.signal.aborted) throw new OdooTimeoutError(timeoutMs);
      throw error;
    } finally {
      clearTimeout(handle);
    }
  };

  const parsed = (response: RawResponse): unknown => {
    if (response.status !== 200) throw failure(response);
    try {
      return JSON.parse(response.text) as unknown;
    } catch {
      // A 200 that is not JSON (a login page, a parked domain): treated like a wrong path.
      throw new OdooHttpError(200);
    }
  };

  const call = async (
    credentials: OdooCredentials,
    model: string,
    method: string,
    args: unknown[],
    kwargs: Record<string, unknown> = {},
    options?: RpcCallOptions,
  ) => {
    const body = JSON.stringify(namedArguments(model, method, args, kwargs));
    const headers = {
      'Content-Type': 'application/json',
      Authorization: `bearer ${credentials.secret}`,
      // Names the database on servers that host several (odoo/http.py `_get_session_and_dbname`).
      'X-Odoo-Database': credentials.db,
    };
    const result = parsed(
      await request(
        'POST',
        `/json/2/${encodeURIComponent(model)}/${encodeURIComponent(method)}`,
        headers,
        body,
        options,
      ),
    );
    // `create` is `@api.model_create_multi` (odoo/orm/decorators.py): it returns a recordset, which
    // JSON-2 sends as an id list even for one dict. XML-RPC sent the bare id there; keep that shape.
    if (method === 'create' && !Array.isArray(args[0] ?? kwargs.vals_list) && Array.isArray(result)) return result[0];
    return result;
  };

  return {
    protocol: 'json2',
    baseUrl: origin,
    // rpc/controllers/__init__.py `RPC.version`: GET /web/version answers {version_info, version} on 19+.
    version: async (options) => {
      const info = parsed(await request('GET', '/web/version', {}, undefined, options)) as {
        version_info?: unknown;
        version?: unknown;
      } | null;
      if (!info || typeof info !== 'object' || !Array.isArray(info.version_info)) throw new OdooHttpError(200);
      return { server_version_info: info.version_info, server_version: info.version };
    },
    // JSON-2 has no database list (and Odoo Online saas-19.1 dropped the db service altogether).
    listDatabases: () => Promise.reject(new OdooHttpError(404)),
    authenticate: async (db, login, secret, options) => {
      // Odoo's API keys are hex strings (res_users.py `_generate`: hexlify(os.urandom(...))). Anything else,
      // such as a password with a space or an accent, is no key, and might not even fit in an HTTP header.
      if (!/^[\x21-\x7e]+$/.test(secret)) return false;
      const credentials = { db, uid: 0, secret };
      try {
        // The key alone names its user: check that it is the user the person typed, as XML-RPC's
        // authenticate(db, login, key) does. `context_get` returns the caller's uid (res_users.py).
        const [context, users] = await Promise.all([
          call(credentials, 'res.users', 'context_get', [], {}, options),
          call(credentials, 'res.users', 'search_read', [[['login', '=ilike', login]]], { fields: ['login'] }, options),
        ]);
        const uid = (context as { uid?: unknown } | null)?.uid;
        const match =
          Array.isArray(users) &&
          users.some(
            (user: { id?: unknown; login?: unknown }) =>
              user.id === uid && String(user.login).toLowerCase() === login.toLowerCase(),
          );
        return typeof uid === 'number' && uid > 0 && match ? uid : false;
      } catch (error) {
        if (error instanceof OdooFault && error.json2?.status === 401) return false;
        throw error;
      }
    },
    executeKw: (credentials, model, method, args, kwargs = {}, options) =>
      call(credentials, model, method, args, kwargs, options),
  };
}
