import type { ChannelOutput } from '@shared/contract';
import { AppError } from '@shared/errors';
import { parseOdooVersion, versionSupport, type OdooVersion } from '@shared/odoo/version';
import type { Logger } from '../../host/log';
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

/** Something about the connection itself the user should read once (e.g. the protocol fell back). */
export type ConnectionNotice = ChannelOutput<'odooConnect'>['notices'][number];

export class OdooSession {
  readonly notices: ConnectionNotice[] = [];

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

  call(
    model: string,
    method: string,
    args: unknown[] = [],
    kwargs: Record<string, unknown> = {},
    options: RpcCallOptions = {},
  ): Promise<unknown> {
    if (this.signal?.aborted) return Promise.reject(new AppError('app.cancelled'));
    return this.transport.executeKw(this.credentials, model, method, args, kwargs, {
      ...(this.signal ? { signal: this.signal } : {}),
      ...options,
    });
  }

  async execute<T>(
    model: string,
    method: string,
    args: unknown[] = [],
    kwargs: Record<string, unknown> = {},
    options: RpcCallOptions = {},
  ): Promise<T> {
    try {
      return (await this.call(model, method, args, kwargs, options)) as T;
    } catch (error) {
      throw this.mapError(error, `${model}.${method}`);
    }
  }

  mapError(error: unknown, operation: string): AppError {
    return odooError(error, {
      host: this.target.host,
      db: this.target.db,
      login: this.target.login,
      log: this.log,
      operation,
    });
  }
}

/** The version as Odoo reported it, or a clear refusal: not Odoo, or older than we support. */
export function checkedVersion(info: Record<string, unknown>, target: OdooTarget, log: Logger): OdooVersion {
  const version = parseOdooVersion(info.server_version_info, info.server_version);
  if (!version) {
    log.log('warn', 'odoo version not understood', info);
    throw new AppError('odoo.not-odoo', { host: target.host });
  }
  if (versionSupport(version) === 'too-old') throw new AppError('odoo.unsupported-version', { version: version.label });
  return version;
}

/** A session from a login answer: the uid, or false for credentials Odoo refused. */
export function loggedIn(
  transport: OdooTransport,
  target: OdooTarget,
  version: OdooVersion,
  uid: number | false,
  secret: string,
  options: { log: Logger; signal?: AbortSignal },
): OdooSession {
  if (uid === false) throw new AppError('odoo.auth', { login: target.login, db: target.db });
  return new OdooSession(transport, target, version, { db: target.db, uid, secret }, options.log, options.signal);
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
  const version = checkedVersion(versionResult.value, target, options.log);
  if (uidResult.status === 'rejected') throw odooError(uidResult.reason, { ...context, operation: 'authenticate' });
  return loggedIn(transport, target, version, uidResult.value, secret, options);
}
