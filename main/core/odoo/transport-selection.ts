import { AppError } from '@shared/errors';
import { parseOdooVersion, type OdooVersion } from '@shared/odoo/version';
import type { Logger } from '../../host/log';
import { odooError } from './errors';
import { createJson2Transport } from './json2-transport';
import { checkedVersion, loggedIn, openSession, type OdooSession, type OdooTarget } from './session';
import { OdooHttpError, type OdooTransport, type RpcCallOptions } from './transport';
import { createXmlRpcTransport } from './xmlrpc-transport';

// Which protocol a connection speaks. Odoo 19 deprecates XML-RPC (every call logs a warning, Odoo 22
// removes it) and offers JSON-2, which only takes API keys. So: on 19 and later, JSON-2 with the
// secret as an API key; when JSON-2 refuses it (a password) and XML-RPC still takes it, XML-RPC, with a
// notice saying so. 16–18 speak XML-RPC as before. A release newer than any we know (20, saas~19.2)
// speaks JSON-2 like 19 and is never refused; service.ts adds the notice about it.

const JSON2_FROM_MAJOR = 19;

function usesJson2(version: OdooVersion): boolean {
  return version.major >= JSON2_FROM_MAJOR;
}

export interface OpenOptions {
  log: Logger;
  signal?: AbortSignal;
  /** The version this address reported last time ("17.0", "saas~19.1"): version and login then go out together. */
  knownVersion?: string | undefined;
}

/**
 * `GET /web/version` exists from 19 on (addons/rpc/controllers/__init__.py) and needs no XML-RPC; older
 * servers answer it with a 404 page, and then XML-RPC's `common.version()` tells.
 */
async function discoverVersion(
  json2: OdooTransport,
  xmlrpc: OdooTransport,
  options: RpcCallOptions,
): Promise<Record<string, unknown>> {
  try {
    return await json2.version(options);
  } catch (error) {
    if (!(error instanceof OdooHttpError)) throw error;
    return xmlrpc.version(options);
  }
}

export async function openOdooSession(target: OdooTarget, secret: string, options: OpenOptions): Promise<OdooSession> {
  const json2 = createJson2Transport(target.url);
  const xmlrpc = createXmlRpcTransport(target.url);
  const callOptions = options.signal ? { signal: options.signal } : {};
  const sessionOptions = { log: options.log, ...(options.signal ? { signal: options.signal } : {}) };
  const context = { host: target.host, db: target.db, login: target.login, log: options.log };
  const hint = options.knownVersion ? parseOdooVersion(undefined, options.knownVersion) : null;

  let version: OdooVersion | undefined;
  if (hint && !usesJson2(hint)) {
    // 16–18 last time: version and login together over XML-RPC, as always.
    try {
      const session = await openSession(xmlrpc, target, secret, sessionOptions);
      if (!usesJson2(session.version)) return session;
      version = session.version; // upgraded to 19+ since: carry on with JSON-2
    } catch (error) {
      // No XML-RPC there any more (upgraded to 22+): find out afresh below; anything else is the answer.
      if (!(error instanceof AppError && error.code === 'odoo.not-odoo')) throw error;
    }
  }

  // Known to be 19+: the version and the JSON-2 login go out together.
  const early =
    hint && usesJson2(hint) && !version ? json2.authenticate(target.db, target.login, secret, callOptions) : undefined;
  early?.catch(() => undefined); // read below, or dropped when the server turns out older
  if (!version) {
    try {
      version = checkedVersion(await discoverVersion(json2, xmlrpc, callOptions), target, options.log);
    } catch (error) {
      throw odooError(error, { ...context, operation: 'version' });
    }
  }
  if (!usesJson2(version)) {
    const uid = await xmlrpc.authenticate(target.db, target.login, secret, callOptions).catch((error: unknown) => {
      throw odooError(error, { ...context, operation: 'authenticate' });
    });
    return loggedIn(xmlrpc, target, version, uid, secret, sessionOptions);
  }

  let uid: number | false;
  try {
    uid = await (early ?? json2.authenticate(target.db, target.login, secret, callOptions));
  } catch (error) {
    // odoo/http.py serves a database it cannot open without one, where /json/2 has no route: a 404 page.
    if (error instanceof OdooHttpError && error.status === 404)
      throw new AppError('odoo.database-not-found', { db: target.db });
    throw odooError(error, { ...context, operation: 'json2.authenticate' });
  }
  if (uid !== false) return loggedIn(json2, target, version, uid, secret, sessionOptions);

  // JSON-2 takes API keys only. A password still works over XML-RPC until Odoo 22: use it, and say so.
  let fallbackUid: number | false;
  try {
    fallbackUid = await xmlrpc.authenticate(target.db, target.login, secret, callOptions);
  } catch (error) {
    // XML-RPC gone (Odoo 22 and later): only an API key can log in.
    if (error instanceof OdooHttpError && error.status === 404)
      throw new AppError('odoo.api-key-required', { login: target.login });
    throw odooError(error, { ...context, operation: 'authenticate' });
  }
  const session = loggedIn(xmlrpc, target, version, fallbackUid, secret, sessionOptions);
  options.log.log('info', `odoo ${version.label}: JSON-2 refused the secret (not an API key); using XML-RPC`);
  session.notices.push({ code: 'password-over-xml-rpc', params: { version: version.label } });
  return session;
}
