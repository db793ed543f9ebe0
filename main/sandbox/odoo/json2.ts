import type { IncomingMessage } from 'node:http';
import type { StandInDatabase } from './database';
import type { StandInFault } from './models';

// The stand-in's JSON-2 side, as Odoo 19 has it (MohamedLotfy99/Odoo19-ez, build 19.0+e-20251227):
// - addons/rpc/controllers/json2.py `web_json_2_rpc`: POST /json/2/<model>/<method>, body = `ids`,
//   `context` and the method's parameters by name, bound with inspect.signature (a misfit is 422
//   UnprocessableEntity); ids for an `@api.model` method are 422; an unknown model or method is 404
//   NotFound; any other path under /json/2 is 404 "Did you mean POST /json/2/<model>/<method>?".
// - base/models/ir_http.py `_auth_method_bearer`: `Authorization: bearer <token>` checked against
//   res.users.apikeys only (a password is "Invalid apikey", 401); no header is 401 too.
// - odoo/http.py `Json2Dispatcher.handle_error` + `serialize_exception`: errors are JSON
//   {name: "module.Class", message, arguments, context, debug} with the exception's `http_status`
//   (odoo/exceptions.py: UserError 422, AccessDenied/AccessError 403, MissingError 404), werkzeug's code
//   for route errors, 500 for anything else. An X-Odoo-Database naming no database is served without
//   one (`_serve_nodb`), where /json/2 has no route: the HTML 404 page.
// - rpc/controllers/__init__.py `RPC.version`: GET /web/version (and /json/version) → {version_info, version}.

export interface Json2Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** "<model>.<method>" for the call log. */
  target: string;
}

interface Json2Signature {
  /** `@api.model`: no ids allowed. */
  model: boolean;
  /** Parameters handed to the stand-in's models positionally (after the ids), in order; all required. */
  positional: string[];
  /** Optional named parameters. */
  optional: string[];
  /** The method takes **kwargs (search_read's **read_kwargs). */
  anyKeyword?: boolean;
  /** The method calls ensure_one(): no ids is a ValueError (500), checked against the real 19. */
  singleton?: boolean;
}

// Odoo 19 signatures: odoo/orm/models.py, base/models/{res_users,ir_config_parameter,ir_mail_server}.py.
const SIGNATURES: Record<string, Json2Signature> = {
  search_read: {
    model: true,
    positional: [],
    optional: ['domain', 'fields', 'offset', 'limit', 'order'],
    anyKeyword: true,
  },
  search_count: { model: true, positional: ['domain'], optional: ['limit'] },
  fields_get: { model: true, positional: [], optional: ['allfields', 'attributes'] },
  create: { model: true, positional: ['vals_list'], optional: [] },
  read: { model: false, positional: [], optional: ['fields', 'load'] },
  write: { model: false, positional: ['vals'], optional: [] },
  has_group: { model: false, positional: ['group_ext_id'], optional: [], singleton: true },
  context_get: { model: true, positional: [], optional: [] },
  get_param: { model: true, positional: ['key'], optional: ['default'] },
  set_param: { model: true, positional: ['key', 'value'], optional: [] },
  test_smtp_connection: { model: false, positional: [], optional: ['autodetect_max_email_size'] },
};

const NOT_FOUND_NODB =
  '<!DOCTYPE html>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>No database is selected and the requested URL was not found in the server-wide controllers.</p>';

function json(status: number, value: unknown, target: string, headers: Record<string, string> = {}): Json2Answer {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
    target,
  };
}

/** `serialize_exception` of an exception raised by the route or the auth (werkzeug.exceptions.*). */
function routeError(
  status: number,
  exception: string,
  message: string,
  target: string,
  headers: Record<string, string> = {},
): Json2Answer {
  return json(
    status,
    {
      name: `werkzeug.exceptions.${exception}`,
      message,
      arguments: [message, status],
      context: {},
      debug: `Traceback (most recent call last):\nwerkzeug.exceptions.${exception}: ${status} ${message}`,
    },
    target,
    headers,
  );
}

/** A fault the stand-in's models raised, as Odoo's JSON-2 would have serialised the same exception. */
export function faultAnswer(fault: StandInFault, target: string): Json2Answer {
  const model = target.slice(0, target.lastIndexOf('.'));
  const method = target.slice(target.lastIndexOf('.') + 1);
  const text = fault.faultString;
  const missingModel = /^Object (\S+) doesn't exist$/.exec(text);
  if (fault.faultCode === 2 && missingModel)
    return routeError(404, 'NotFound', `the model '${missingModel[1]}' does not exist`, target);
  const lastLine = text.trim().split('\n').pop() ?? '';
  if (fault.faultCode === 1 && /AttributeError: The method '[^']+' does not exist/.test(lastLine)) {
    return routeError(404, 'NotFound', `The method '${model}.${method}' does not exist`, target);
  }
  const odoo = (name: string, status: number, debug = '') =>
    json(status, { name: `odoo.exceptions.${name}`, message: text, arguments: [text], context: {}, debug }, target);
  switch (fault.faultCode) {
    case 2:
      return /^Record does not exist or has been deleted/.test(text)
        ? odoo('MissingError', 404)
        : odoo('UserError', 422);
    case 3:
      return odoo('AccessDenied', 403); // its traceback is suppressed (odoo/exceptions.py)
    case 4:
      return odoo('AccessError', 403);
  }
  // Fault 1: the traceback's last line is "Type: message"; builtins keep their module in the name.
  const typed = /^([\w.]+): ([\s\S]*)$/.exec(lastLine);
  const type = typed?.[1] ?? 'Exception';
  return json(
    500,
    {
      name: type.includes('.') ? type : `builtins.${type}`,
      message: typed?.[2] ?? lastLine,
      arguments: [typed?.[2] ?? lastLine],
      context: {},
      debug: text,
    },
    target,
  );
}

export function versionAnswer(db: StandInDatabase): Json2Answer {
  const [major, minor] = db.profile.versionInfo;
  return json(200, { version_info: db.profile.versionInfo, version: `${major}.${minor}` }, 'web.version');
}

export interface Json2Call {
  model: string;
  method: string;
  args: unknown[];
  kwargs: Record<string, unknown>;
  uid: number;
}

/**
 * Checks one JSON-2 request the way Odoo's route and auth do: either an answer (an error) or the call
 * in the execute_kw shape the stand-in's models take.
 */
export function readJson2Request(
  request: IncomingMessage,
  path: string,
  text: string,
  db: StandInDatabase,
): { answer: Json2Answer } | { call: Json2Call; target: string } {
  const headerDb = request.headers['x-odoo-database'];
  if (typeof headerDb === 'string' && headerDb !== db.name) {
    return {
      answer: {
        status: 404,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: NOT_FOUND_NODB,
        target: 'json2.?',
      },
    };
  }
  const route = /^\/json\/2\/([^/]+)\/([^/]+)$/.exec(path);
  if (!route || request.method !== 'POST')
    return { answer: routeError(404, 'NotFound', 'Did you mean POST /json/2/<model>/<method>?', 'json2.?') };
  const model = decodeURIComponent(route[1]!);
  const method = decodeURIComponent(route[2]!);
  const target = `${model}.${method}`;

  const bearer = /^bearer\s+(.+)$/i.exec(String(request.headers.authorization ?? ''))?.[1];
  const unauthorized = (message: string) => ({
    answer: routeError(401, 'Unauthorized', message, target, { 'WWW-Authenticate': 'Bearer' }),
  });
  if (!bearer) return unauthorized('User not authenticated, use an API Key with a Bearer Authorization header.');
  // API keys only: res.users.apikeys `_check_credentials` never looks at passwords.
  const user = db.users.find((candidate) => candidate.apiKeys.includes(bearer));
  if (!user) return unauthorized('Invalid apikey');

  let body: Record<string, unknown> = {};
  if (text.trim()) {
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      return {
        answer: routeError(400, 'BadRequest', `could not parse the body as json: ${(error as Error).message}`, target),
      };
    }
  }
  const { ids = [], context, ...named } = body as { ids?: unknown; context?: unknown } & Record<string, unknown>;
  const idList = Array.isArray(ids) ? (ids as number[]) : [];
  const signature = SIGNATURES[method];
  if (!signature) {
    // Not one the stand-in knows by name: the models answer (an unknown method becomes a 404 there).
    return {
      call: {
        model,
        method,
        args: idList.length ? [idList] : [],
        kwargs: { ...named, ...(context ? { context } : {}) },
        uid: user.id,
      },
      target,
    };
  }
  if (signature.model && idList.length)
    return { answer: routeError(422, 'UnprocessableEntity', `cannot call ${target} with ids`, target) };
  const known = [...signature.positional, ...signature.optional];
  const unexpected = Object.keys(named).find((name) => !known.includes(name));
  if (unexpected && !signature.anyKeyword)
    return {
      answer: routeError(422, 'UnprocessableEntity', `got an unexpected keyword argument '${unexpected}'`, target),
    };
  const missing = signature.positional.find((name) => !(name in named));
  if (missing)
    return { answer: routeError(422, 'UnprocessableEntity', `missing a required argument: '${missing}'`, target) };
  if (signature.singleton && idList.length !== 1) {
    return {
      answer: faultAnswer(
        {
          faultCode: 1,
          faultString: `Traceback (most recent call last):\nValueError: Expected singleton: ${model}(${idList.join(', ')})`,
        },
        target,
      ),
    };
  }
  const args = [...(signature.model ? [] : [idList]), ...signature.positional.map((name) => named[name])];
  const kwargs = Object.fromEntries(Object.entries(named).filter(([name]) => !signature.positional.includes(name)));
  return {
    call: { model, method, args, kwargs: { ...kwargs, ...(context ? { context } : {}) }, uid: user.id },
    target,
  };
}

/** A successful answer: recordsets come back as id lists, so `create` with one dict still gives a list. */
export function resultAnswer(method: string, value: unknown, target: string): Json2Answer {
  if (method === 'create' && typeof value === 'number') return json(200, [value], target);
  return json(200, value ?? null, target);
}
