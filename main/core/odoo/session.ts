import { AppError } from '../../../shared/errors';
import { parseOdooVersion, versionSupport, type OdooVersion } from '../../../shared/odoo/version';
import type { Logger } from '../log';
import { odooError } from './errors';
import type { OdooCredentials, OdooTransport, RpcCallOptions } from './transport';

// A logged-in conversation with one database. `call` gives the raw transport result or error (for the
// few places that read Odoo's own message, like the SMTP test); `execute` maps every failure to a code.

export interface OdooTarget {
  url: string;
  host: string;
  db: string;
  login: string;
}

export class OdooSession {
  constructor(
    readonly transport: OdooTransport,
    readonly target: OdooTarget,
    readonly version: OdooVersion,
    private readonly credentials: OdooCredentials,
    private readonly log: Logger,
    private readonly signal?: AbortSignal,
  ) {}

  get uid(): number {
    return this.credentials.uid;
  }

  call(model: string, method: string, args: unknown[] = [], kwargs: Record<string, unknown> = {}, options: RpcCallOptions = {}): Promise<unknown> {
    if (this.signal?.aborted) return Promise.reject(new AppError('app.cancelled'));
    return this.transport.executeKw(this.credentials, model, method, args, kwargs, { ...(this.signal ? { signal: this.signal } : {}), ...options });
  }

  async execute<T>(model: string, method: string, args: unknown[] = [], kwargs: Record<string, unknown> = {}, options: RpcCallOptions = {}): Promise<T> {
    try {
      return (await this.call(model, method, args, kwargs, options)) as T;
    } catch (error) {
      throw this.mapError(error, `${model}.${method}`);
    }
  }

  mapError(error: unknown, operation: string): AppError {
    return odooError(error, { host: this.target.host, db: this.target.db, login: this.target.login, log: this.log, operation });
  }
}

/** Version and login go out together (neither needs the other), so connecting costs one round trip. */
export async function openSession(
  transport: OdooTransport,
  target: OdooTarget,
  secret: string,
  options: { log: Logger; signal?: AbortSignal },
): Promise<OdooSession> {
  const context = { host: target.host, db: target.db, login: target.login, log: options.log };
  const callOptions = options.signal ? { signal: options.signal } : {};
  const [versionResult, uidResult] = await Promise.allSettled([
    transport.version(callOptions),
    transport.authenticate(target.db, target.login, secret, callOptions),
  ]);
  if (versionResult.status === 'rejected') throw odooError(versionResult.reason, { ...context, operation: 'version' });
  const info = versionResult.value;
  const version = parseOdooVersion(info.server_version_info, info.server_version);
  if (!version) {
    options.log.log('warn', 'odoo version not understood', info);
    throw new AppError('odoo.not-odoo', { host: target.host });
  }
  if (versionSupport(version) === 'too-old') throw new AppError('odoo.unsupported-version', { version: version.label });
  if (uidResult.status === 'rejected') throw odooError(uidResult.reason, { ...context, operation: 'authenticate' });
  if (uidResult.value === false) throw new AppError('odoo.auth', { login: target.login, db: target.db });
  return new OdooSession(transport, target, version, { db: target.db, uid: uidResult.value, secret }, options.log, options.signal);
}
