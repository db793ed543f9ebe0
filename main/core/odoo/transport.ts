// How the core talks to Odoo, independent of the wire protocol. XML-RPC (/xmlrpc/2) is the only one in
// Odoo 16–18 and is removed in Odoo 22 (Online 21.1); JSON-2 (/json/2, bearer API key, saas-18.4 and
// 19+) can implement the same interface later: `executeKw` then maps positional ids to `ids` and the
// rest to named arguments. Callers never see protocol details, only these results and errors.

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
  readonly protocol: 'xmlrpc';
  readonly baseUrl: string;
  /** `common.version()`: no login needed. */
  version(options?: RpcCallOptions): Promise<Record<string, unknown>>;
  /** `db.list()`; many servers refuse it (fault 3) and Odoo Online saas-19.1 removed the service. */
  listDatabases(options?: RpcCallOptions): Promise<string[]>;
  /** `common.authenticate()`: the uid, or false for a wrong login, password or API key. */
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
