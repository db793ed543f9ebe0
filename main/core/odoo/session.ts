import type { ChannelOutput } from '@shared/contract';
import { AppError } from '@shared/errors';
import { parseOdooVersion, versionSupport, type OdooVersion } from '@shared/odoo/version';
import type { Logger } from '../../host/log';
import { isAccessDenied, odooError } from './errors';
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

/** Where a session reused from memory gets a fresh login when Odoo refuses the remembered one. */
export type Renewal = () => Promise<OdooSession>;

// Odoo checks the uid and secret before it runs any method (odoo/service/model.py `dispatch` calls
// `security.check` first; JSON-2's bearer check runs before the route), and AccessDenied (fault 3;
// JSON-2 401 or SessionExpired, mapped to 3 by the transport) is what that check raises. So a call
// refused with it did nothing, a `create` included, and may be sent again after a new login.

export class OdooSession {
  readonly notices: ConnectionNotice[] = [];
  private renewing: Promise<void> | undefined;
  private renewed = false;

  constructor(
    private currentTransport: OdooTransport,
    readonly target: OdooTarget,
    private currentVersion: OdooVersion,
    private credentials: OdooCredentials,
    private readonly log: Logger,
    private readonly signal?: AbortSignal,
    /** Only for a login reused from memory: how to log in again, once, if Odoo no longer takes it. */
    private readonly renewal?: Renewal,
  ) {}

  get transport(): OdooTransport {
    return this.currentTransport;
  }

  get version(): OdooVersion {
    return this.currentVersion;
  }

  get uid(): number {
    return this.credentials.uid;
  }

  async call(
    model: string,
    method: string,
    args: unknown[] = [],
    kwargs: Record<string, unknown> = {},
    options: RpcCallOptions = {},
  ): Promise<unknown> {
    const send = () => {
      if (this.signal?.aborted) return Promise.reject(new AppError('app.cancelled'));
      return this.currentTransport.executeKw(this.credentials, model, method, args, kwargs, {
        ...(this.signal ? { signal: this.signal } : {}),
        ...options,
      });
    };
    const used = this.credentials;
    try {
      return await send();
    } catch (error) {
      if (!this.renewal || !isAccessDenied(error)) throw error;
      // Calls in flight together share one new login; a call refused after it is Odoo's answer.
      if (used === this.credentials) {
        if (this.renewed) throw error;
        await this.renew();
      }
      return send();
    }
  }

  private renew(): Promise<void> {
    this.renewing ??= (async () => {
      this.log.log('info', `odoo: the remembered login to ${this.target.db} was refused; logging in again`);
      const fresh = await this.renewal!();
      this.currentTransport = fresh.currentTransport;
      this.currentVersion = fresh.currentVersion;
      this.credentials = fresh.credentials;
      this.notices.splice(0, this.notices.length, ...fresh.notices);
      this.renewed = true;
    })();
    return this.renewing;
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
