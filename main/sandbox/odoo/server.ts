import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StandInDatabase, type SeedOptions } from './database';
import { executeKw, StandInFault, traceback, type CallEnv } from './models';
import { mailjetLikeCheck, type MailjetPair, type SmtpCheck } from './smtp-check';
import { smtpLoginCheck, type SmtpDirectory } from './smtp-sender';
import { faultAnswer, readJson2Request, resultAnswer, versionAnswer, type Json2Answer } from './json2';
import { faultResponse, methodResponse, readMethodCall } from './xmlrpc-codec';

// A loopback XML-RPC server that answers like Odoo 16, 17, 18 or 19 at /xmlrpc/2/{common,object,db}:
// HTTP 200 with text/xml for results and faults alike, 404 for any other path. Faults can be injected
// per method, every answer can be delayed to model a distant server, and every call is recorded so
// tests and the benchmark can count calls and writes. Playing 19 it also serves JSON-2 (/json/2) and
// GET /web/version as Odoo 19 does (see json2.ts for the evidence); each call records its protocol.

interface FaultRule {
  /** "common.version", "db.list", or "<model>.<method>" for execute_kw, e.g. "ir.mail_server.create". */
  target: string;
  /**
   * `{password}` in faultString is replaced by the password or API key the call carried. UNVERIFIED which
   * stock message quotes it: Odoo's own faults quote call arguments in tracebacks (see models.ts), and a
   * module or a customised server can raise a UserError (fault 2) with any text, e.g. "Password … has expired".
   */
  fault?: { faultCode: number; faultString: string };
  /** Answer with this HTTP status and an HTML body instead (a proxy page, a maintenance page). */
  httpStatus?: number;
  /** Drop the connection without an answer. */
  hangUp?: boolean;
  /** How many calls it affects; unlimited when left out. */
  times?: number;
}

export interface CallRecord {
  target: string;
  /** Which protocol carried it: XML-RPC (/xmlrpc/2), JSON-2 (/json/2) or a plain web route (/web/version). */
  transport: 'xml-rpc' | 'json-2' | 'web';
  startedAt: number;
  endedAt: number;
}

export interface StandInOptions extends SeedOptions {
  host?: string;
  port?: number;
  /** Whether db.list answers (Odoo's list_db); refused with fault 3 otherwise. */
  listDatabases?: boolean;
  latencyMs?: number;
  /** The API key / secret key pair Mailjet accepts, for the default "Test Connection". */
  mailjetPair?: MailjetPair;
  smtpCheck?: SmtpCheck;
  /**
   * Where SMTP host names lead (Mailjet's relay on loopback in the demo): mail.mail `send` goes there over
   * real SMTP, and "Test Connection" becomes a real login there unless `smtpCheck` is given.
   */
  smtpDirectory?: SmtpDirectory;
}

export interface OdooStandIn {
  url: string;
  db: StandInDatabase;
  calls: CallRecord[];
  latencyMs: number;
  smtpCheck: SmtpCheck;
  smtpDirectory?: SmtpDirectory;
  inject(rule: FaultRule): void;
  /** Calls that change data (create, write, set_param). */
  writes(): CallRecord[];
  close(): Promise<void>;
}

const WRITE_METHODS = /\.(create|write|set_param|unlink)$/;
const DEMO_MAILJET_PAIR: MailjetPair = {
  user: 'demoapikey0000000000000000000001',
  password: 'demo-secret-key-00000000000000001',
};

function readableRepr(args: unknown[]): string {
  return args.map((arg) => JSON.stringify(arg)).join(', ');
}

export async function startOdooStandIn(options: StandInOptions = {}): Promise<OdooStandIn> {
  const db = new StandInDatabase(options);
  const faults: FaultRule[] = [];
  const calls: CallRecord[] = [];
  const sockets = new Set<import('node:net').Socket>();

  const standIn: OdooStandIn = {
    url: '',
    db,
    calls,
    latencyMs: options.latencyMs ?? 0,
    smtpCheck:
      options.smtpCheck ??
      (options.smtpDirectory
        ? smtpLoginCheck(options.smtpDirectory)
        : mailjetLikeCheck(options.mailjetPair ?? DEMO_MAILJET_PAIR)),
    ...(options.smtpDirectory ? { smtpDirectory: options.smtpDirectory } : {}),
    inject: (rule) => void faults.push({ ...rule }),
    writes: () => calls.filter((call) => WRITE_METHODS.test(call.target)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };

  const takeFault = (target: string): FaultRule | undefined => {
    const rule = faults.find(
      (candidate) => candidate.target === target && (candidate.times === undefined || candidate.times > 0),
    );
    if (rule && rule.times !== undefined) rule.times -= 1;
    return rule;
  };

  const answer = async (
    service: string,
    method: string,
    params: unknown[],
  ): Promise<{ target: string; value: unknown }> => {
    if (service === 'common') {
      if (method === 'version') {
        const [major, minor] = db.profile.versionInfo;
        return {
          target: 'common.version',
          value: {
            server_version: `${major}.${minor}`,
            server_version_info: db.profile.versionInfo,
            server_serie: `${major}.${minor}`,
            protocol_version: 1,
          },
        };
      }
      if (method === 'authenticate' || method === 'login') {
        const [dbName, login, secret] = params as [string, string, string];
        if (dbName !== db.name) {
          throw new StandInFault(
            1,
            traceback(
              `'${dbName}', '${login}', '${secret}'`,
              `psycopg2.OperationalError: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: FATAL:  database "${dbName}" does not exist`,
            ),
          );
        }
        return { target: `common.${method}`, value: db.userByCredentials(login, secret)?.id ?? false };
      }
    }
    if (service === 'db' && method === 'list') {
      if (options.listDatabases === false) throw new StandInFault(3, 'AccessDenied');
      return { target: 'db.list', value: [db.name] };
    }
    if (service === 'object' && method === 'execute_kw') {
      const [dbName, uid, secret, model, modelMethod, args, kwargs] = params as [
        string,
        number,
        string,
        string,
        string,
        unknown[],
        Record<string, unknown>,
      ];
      const target = `${String(model)}.${String(modelMethod)}`;
      if (dbName !== db.name)
        throw new StandInFault(
          1,
          traceback(readableRepr(params), `psycopg2.OperationalError: FATAL:  database "${dbName}" does not exist`),
        );
      const user = db.userById(uid, secret);
      if (!user) throw new StandInFault(3, 'Access Denied');
      const env: CallEnv = {
        db,
        user,
        repr: readableRepr(params),
        smtpCheck: standIn.smtpCheck,
        ...(standIn.smtpDirectory ? { smtpDirectory: standIn.smtpDirectory } : {}),
      };
      return { target, value: await executeKw(env, model, modelMethod, args ?? [], kwargs ?? {}) };
    }
    throw new StandInFault(
      1,
      traceback(readableRepr(params), `AttributeError: module 'odoo.service.${service}' has no attribute '${method}'`),
    );
  };

  const readBody = (request: IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      request.on('error', reject);
    });

  /** Odoo 19's JSON-2 route and version route; false when the path is not one of them. */
  const handleJson2 = async (
    request: IncomingMessage,
    response: ServerResponse,
    startedAt: number,
  ): Promise<boolean> => {
    const path = (request.url ?? '').split('?')[0]!;
    const isVersion = path === '/web/version' || path === '/json/version';
    if (db.profile.version < 19 || !(isVersion || path === '/json/2' || path.startsWith('/json/2/'))) return false;
    const text = await readBody(request);
    let answer: Json2Answer;
    const read = isVersion ? { answer: versionAnswer(db) } : readJson2Request(request, path, text, db);
    const target = 'answer' in read ? read.answer.target : read.target;
    const injected = takeFault(target);
    const finish = async () => {
      await new Promise((resolve) => setTimeout(resolve, standIn.latencyMs));
      calls.push({ target, transport: isVersion ? 'web' : 'json-2', startedAt, endedAt: Date.now() });
    };
    if (injected?.hangUp || injected?.httpStatus) {
      await finish();
      if (injected.hangUp) request.socket.destroy();
      else
        response
          .writeHead(injected.httpStatus!, { 'Content-Type': 'text/html' })
          .end('<html><body>Service Unavailable</body></html>');
      return true;
    }
    if ('answer' in read)
      answer = injected?.fault
        ? faultAnswer(new StandInFault(injected.fault.faultCode, injected.fault.faultString), target)
        : read.answer;
    else {
      const { model, method, args, kwargs, uid } = read.call;
      try {
        if (injected?.fault) throw new StandInFault(injected.fault.faultCode, injected.fault.faultString);
        const user = db.users.find((candidate) => candidate.id === uid)!;
        const env: CallEnv = {
          db,
          user,
          repr: readableRepr([...args, kwargs]),
          smtpCheck: standIn.smtpCheck,
          ...(standIn.smtpDirectory ? { smtpDirectory: standIn.smtpDirectory } : {}),
        };
        answer = resultAnswer(method, await executeKw(env, model, method, args, kwargs), target);
      } catch (error) {
        answer = faultAnswer(
          error instanceof StandInFault ? error : new StandInFault(1, traceback(target, String(error))),
          target,
        );
      }
    }
    await finish();
    response.writeHead(answer.status, answer.headers).end(answer.body);
    return true;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const startedAt = Date.now();
    if (await handleJson2(request, response, startedAt)) return;
    const service = /^\/xmlrpc\/2\/(common|object|db)$/.exec(request.url ?? '')?.[1];
    if (request.method !== 'POST' || !service) {
      request.resume();
      response.writeHead(404, { 'Content-Type': 'text/html' }).end('<html><body>404: Not Found</body></html>');
      return;
    }
    let body: string;
    let target = `${service}.?`;
    try {
      const { method, params } = await readMethodCall(request);
      target =
        service === 'object' && method === 'execute_kw'
          ? `${String(params[3])}.${String(params[4])}`
          : `${service}.${method}`;
      const injected = takeFault(target);
      if (injected?.hangUp || injected?.httpStatus) {
        await new Promise((resolve) => setTimeout(resolve, standIn.latencyMs));
        calls.push({ target, transport: 'xml-rpc', startedAt, endedAt: Date.now() });
        if (injected.hangUp) request.socket.destroy();
        else
          response
            .writeHead(injected.httpStatus!, { 'Content-Type': 'text/html' })
            .end('<html><body>Service Unavailable</body></html>');
        return;
      }
      if (injected?.fault)
        throw new StandInFault(
          injected.fault.faultCode,
          injected.fault.faultString.replaceAll('{password}', String(params[2] ?? '')),
        );
      const result = await answer(service, method, params);
      target = result.target;
      // Odoo answers without allow_none: a method that returns None has done its work, then fails here.
      body =
        result.value === undefined || result.value === null
          ? faultResponse(1, traceback(target, 'TypeError: cannot marshal None unless allow_none is enabled'))
          : methodResponse(result.value);
    } catch (error) {
      body =
        error instanceof StandInFault
          ? faultResponse(error.faultCode, error.faultString)
          : faultResponse(1, traceback(target, `${String(error)}`));
    }
    await new Promise((resolve) => setTimeout(resolve, standIn.latencyMs));
    calls.push({ target, transport: 'xml-rpc', startedAt, endedAt: Date.now() });
    response.writeHead(200, { 'Content-Type': 'text/xml' }).end(body);
  };

  const server = createServer((request, response) => void handle(request, response));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  standIn.url = `http://${address.address}:${address.port}`;
  return standIn;
}
