// How the core talks to Odoo, independent of the wire protocol. XML-RPC (/xmlrpc/2) is the only one in
// Odoo 16–18; 19 deprecates it (a warning in Odoo's log on every call) and Odoo 22 (Online 21.1) removes
// it. JSON-2 (/json/2, bearer API key, 19+) implements the same interface in json2-transport.ts: its
// `executeKw` maps the positional ids to `ids` and the rest to named arguments, and its HTTP errors
// become the same faults XML-RPC would have sent. Callers never see protocol details.

type OdooProtocol = 'xmlrpc' | 'json2';

export interface RpcCallOptions {
  signal?: AbortSignal;
  /** Milliseconds before the call is abandoned; Odoo's own SMTP test may take up to 60 s. */
  timeoutMs?: number;
}

export interface OdooCredentials {
  db: string;
  uid: number;
  /** Password or API key; it never leaves the transport except inside the request body. */
  secret: string;
}

export interface OdooTransport {
  readonly protocol: OdooProtocol;
  readonly baseUrl: string;
  /** `common.version()` (JSON-2: `GET /web/version`), in `common.version()`'s shape; no login needed. */
  version(options?: RpcCallOptions): Promise<Record<string, unknown>>;
  /** `db.list()`; many servers refuse it (fault 3) and Odoo Online saas-19.1 removed the service. */
  listDatabases(options?: RpcCallOptions): Promise<string[]>;
  /** `common.authenticate()`: the uid, or false for a wrong login, password or API key (JSON-2: anything but an API key of that login). */
  authenticate(db: string, login: string, secret: string, options?: RpcCallOptions): Promise<number | false>;
  executeKw(
    credentials: OdooCredentials,
    model: string,
    method: string,
    args: unknown[],
    kwargs?: Record<string, unknown>,
    options?: RpcCallOptions,
  ): Promise<unknown>;
}

/**
 * A fault Odoo returned. `faultString` may hold a full Python traceback with argument values in it
 * (the password included), so it stays out of `message` and is only ever logged through the redactor.
 */
export class OdooFault extends Error {
  constructor(
    readonly faultCode: number | string,
    readonly faultString: string,
    /** JSON-2 only: the HTTP status and the Python exception Odoo named (`odoo.exceptions.UserError`). */
    readonly json2?: { status: number; exception: string },
  ) {
    super(`Odoo fault ${String(faultCode)}`);
    this.name = 'OdooFault';
  }
}

/** The server answered, but not with an XML-RPC response: a wrong path, a redirect, a proxy error page. */
export class OdooHttpError extends Error {
  constructor(
    readonly status: number,
    readonly location?: string,
  ) {
    super(`HTTP ${status}`);
    this.name = 'OdooHttpError';
  }
}

export class OdooTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'OdooTimeoutError';
  }
}
