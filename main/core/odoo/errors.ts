import { AppError } from '@shared/errors';
import type { Logger } from '../../host/log';
import { redact } from '../redaction';
import { OdooFault, OdooHttpError, OdooTimeoutError } from './transport';

// Every failure of a call to Odoo becomes one of our codes here, at the client boundary. What Odoo said
// (tracebacks, server messages) goes to the debug log only; the log redacts remembered secrets, and
// the text is cut short because a traceback can be long and can quote any argument of the call.

const TLS_CODES =
  /^(CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(GET|VERIFY)_|ERR_TLS_|ERR_SSL_|HOSTNAME_MISMATCH)/;
const NETWORK_CODES =
  /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ECONNRESET|EPIPE|ETIMEDOUT|ECONNABORTED|ERR_INVALID_IP_ADDRESS)$/;
const MAX_DETAIL = 300;

/** The part of an Odoo message a user can act on: the last line, trimmed. Never a traceback. */
export function userFacingDetail(faultString: string): string {
  const lines = faultString
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const text = lines.length > 3 && /^Traceback/.test(lines[0]!) ? lines[lines.length - 1]! : lines.join(' ');
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL - 1)}…` : text;
}

export interface ErrorContext {
  host: string;
  db?: string;
  login?: string;
  log: Logger;
  /** What was being done, for the log line. */
  operation: string;
}

function logFault(context: ErrorContext, error: OdooFault): void {
  // Only the first part: enough for support, bounded in size.
  context.log.log(
    'warn',
    `odoo ${context.operation} fault ${String(error.faultCode)}`,
    error.faultString.slice(0, 4000),
  );
}

/** Odoo refused the login itself: fault 3 over XML-RPC, AccessDenied (and SessionExpired) over JSON-2. */
export function isAccessDenied(error: unknown): boolean {
  return error instanceof OdooFault && (error.faultCode === 3 || error.faultCode === 'AccessDenied');
}

function fromFault(error: OdooFault, context: ErrorContext): AppError {
  logFault(context, error);
  const code = typeof error.faultCode === 'number' ? error.faultCode : Number.NaN;
  const text = error.faultString;
  if (isAccessDenied(error)) return new AppError('odoo.access-denied', { login: context.login ?? '' });
  if (code === 4 || /^warning -- AccessError/.test(String(error.faultCode)))
    return new AppError('odoo.not-admin', { login: context.login ?? '' });
  // Scrubbed before it is cut short: a secret cut in half by the cut would no longer be recognised later.
  if (code === 2 || /^warning --/.test(String(error.faultCode)))
    return new AppError('odoo.user-error', { detail: userFacingDetail(redact(text)) });
  // Fault 1 is "anything else", including a database that does not exist (the registry fails to load).
  if (context.db && /database "[^"]*" does not exist/.test(text)) {
    return new AppError('odoo.database-not-found', { db: context.db });
  }
  return new AppError('odoo.server-error');
}

/** Maps anything a transport call can throw to an AppError; AppErrors (e.g. a cancel) pass through. */
export function odooError(error: unknown, context: ErrorContext): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof OdooFault) return fromFault(error, context);
  if (error instanceof OdooTimeoutError) {
    context.log.log('warn', `odoo ${context.operation} timed out`, error.message);
    return new AppError('odoo.timeout', { host: context.host });
  }
  if (error instanceof OdooHttpError) {
    context.log.log('warn', `odoo ${context.operation} got ${error.message}`);
    if (error.status >= 300 && error.status < 400)
      return new AppError('odoo.redirect', { host: context.host, location: error.location ?? '' });
    if (error.status >= 500) return new AppError('odoo.unavailable', { host: context.host, status: error.status });
    return new AppError('odoo.not-odoo', { host: context.host });
  }
  const code = (error as { code?: unknown })?.code;
  context.log.log('warn', `odoo ${context.operation} failed`, error);
  if (typeof code === 'string' && TLS_CODES.test(code))
    return new AppError('odoo.tls', { host: context.host, reason: code });
  if (typeof code === 'string' && NETWORK_CODES.test(code))
    return new AppError('odoo.unreachable', { host: context.host, reason: code });
  // sax / deserializer errors: something answered, but not Odoo.
  if (error instanceof Error && /XML|tag|Invalid|Unexpected|Non-whitespace/i.test(error.message))
    return new AppError('odoo.not-odoo', { host: context.host });
  return new AppError('odoo.unreachable', { host: context.host, reason: 'unknown' });
}

/**
 * The XML-RPC fault code Odoo 19 would have sent for a JSON-2 error answer, so that everything after
 * the transport reads one kind of fault. The status comes from the exception's `http_status`
 * (odoo/exceptions.py: UserError and ValidationError 422, AccessDenied and AccessError 403,
 * MissingError 404, LockError 409) or from a werkzeug HTTPException raised by the route
 * (odoo/http.py `Json2Dispatcher.handle_error`); `name` is `serialize_exception`'s "module.Class".
 * The XML-RPC side is addons/rpc/controllers/xmlrpc.py `xmlrpc_handle_exception_int`.
 */
export function faultCodeForJson2(status: number, name: string, message: string): number {
  const fromRoute = name.startsWith('werkzeug.');
  // `_auth_method_bearer` (base/models/ir_http.py): a missing or unknown API key is a 401 "Invalid apikey".
  if (status === 401) return 3;
  if (name === 'odoo.exceptions.AccessDenied' || name === 'odoo.http.SessionExpiredException') return 3;
  if (status === 403 && !fromRoute) return 4;
  // rpc/controllers/json2.py raises NotFound("the model 'x' does not exist") where XML-RPC's
  // service/model.py raises UserError "Object x doesn't exist" (fault 2). Both texts are untranslated.
  if (fromRoute && status === 404) return /^the model .* does not exist/.test(message) ? 2 : 1;
  // RedirectWarning is no UserError in 19 (JSON-2 answers 500) but XML-RPC gives it fault 2.
  if (name === 'odoo.exceptions.RedirectWarning') return 2;
  if (!fromRoute && (status === 422 || status === 404 || status === 409)) return 2;
  // UnprocessableEntity (arguments that do not fit the method), BadRequest, and every 500: XML-RPC's
  // "anything else", fault 1.
  return 1;
}
