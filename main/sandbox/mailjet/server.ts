import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { errorBody, StandInAccount, type AccountBehaviour, type Reply, type StandInDns } from './account';
import { FaultPlan, type Fault, type FaultRule } from './faults';
import { MessageLog, type RecipientFate, type StandInMessage } from './messages';
import { combinedLookup, PublishedRecords, type TxtLookup } from './published-records';
import type { MailjetRelay } from './smtp-relay';
import { readBody } from '../http-body';

// A stand-in for Mailjet's REST API v3 on 127.0.0.1, for the demo and the tests: Basic auth, the
// Count/Data/Total envelope, Mailjet's error bodies and quirks (401 with an empty text/html body,
// validate answering 200 with a GlobalError, 400 on an already active sender, "already exists" for a
// deleted one, 304 on a PUT that changes nothing), plus a control API and fault injection.

export interface MailjetStandInOptions {
  accounts: ReadonlyArray<{ apiKey: string; secretKey: string }>;
  port?: number;
  /** Added to every API request, to make round trips visible (benchmarks, demo). */
  latencyMs?: number;
  /** Another place published records are read from (the demo's DNS stand-in). */
  lookupTxt?: TxtLookup;
  validateEnvelope?: AccountBehaviour['validateEnvelope'];
  spfValuesField?: AccountBehaviour['spfValuesField'];
  /** Demo: a failed domain validation "publishes" the records, so the next attempt succeeds. */
  publishAfterFailedValidation?: boolean;
  /** Also run the SMTP relay (in-v3.mailjet.com) on loopback, feeding the message API. */
  smtp?: boolean;
  /** Fixed loopback ports for the relay; default: free ones. */
  smtpPorts?: { implicitTls?: number; startTls?: number };
  /** The relay's certificate made beforehand (a real Odoo 19 must trust it from its start); default: a throwaway one. */
  smtpCertificate?: { cert: string; key: string };
}

export interface RecordedRequest {
  n: number;
  method: string;
  path: string;
  query: string;
  status: number | 'dropped' | 'hung';
  startedAt: number;
  endedAt: number;
}

type DnsPart = 'ownership' | 'spf' | 'dkim';

interface MailjetStandInControl {
  account(apiKey?: string): StandInAccount;
  /** The user added the records Mailjet asked for (all three unless named); SPF merges into an existing one. */
  publishDns(domain: string, parts?: DnsPart[], apiKey?: string): void;
  /** Any TXT content at a name, e.g. two SPF records to see Mailjet report an error. */
  setTxt(name: string, values: string[]): void;
  clickActivation(email: string, apiKey?: string): boolean;
  setCheckInProgress(domain: string, running: boolean, apiKey?: string): void;
  /** A delete made in Mailjet's own screens. */
  deleteSender(email: string, apiKey?: string): void;
  setLatency(ms: number): void;
  fail(rule: FaultRule): void;
  clearFaults(): void;
  /** Forget the request log and restart the count used by `nth` rules. */
  resetRequests(): void;
  /** Messages that came in through the relay, as the message API knows them. */
  messages(apiKey?: string): StandInMessage[];
  /** What the recipient's side does with mail for this address (bounce, defer…); delivered otherwise. */
  setRecipientFate(address: string, fate: RecipientFate, apiKey?: string): void;
  /** How long a message takes to show in the message API after the relay accepted it. */
  setMessageDelay(ms: number, apiKey?: string): void;
}

export interface MailjetStandIn {
  url: string;
  port: number;
  control: MailjetStandInControl;
  /** Every API request so far (control requests excluded), without headers: no credentials kept. */
  requests: RecordedRequest[];
  /** The SMTP relay, when started with `smtp: true`. */
  smtp?: MailjetRelay;
  stop(): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=UTF-8';
const API_PREFIX = /^\/v3\/rest\//i;

function credentials(header: string | undefined): { apiKey: string; secretKey: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { apiKey: decoded.slice(0, colon), secretKey: decoded.slice(colon + 1) };
}

function send(response: ServerResponse, reply: Reply): void {
  if (reply.raw !== undefined) {
    response.writeHead(reply.status, { 'Content-Type': JSON_TYPE, ...reply.headers });
    response.end(reply.raw);
    return;
  }
  if (reply.status === 204 || reply.status === 304 || reply.body === undefined) {
    response.writeHead(reply.status, reply.headers ?? {});
    response.end();
    return;
  }
  response.writeHead(reply.status, { 'Content-Type': JSON_TYPE, ...reply.headers });
  response.end(JSON.stringify(reply.body));
}

/** Mailjet's answer to a wrong or missing key pair: no JSON at all. */
const UNAUTHORIZED: Reply = {
  status: 401,
  headers: { 'Content-Type': 'text/html', 'WWW-Authenticate': 'Basic realm="Provide an apiKey and secretKey"' },
};

function faultReply(fault: Extract<Fault, { kind: 'status' }>): Reply {
  const headers: Record<string, string> =
    fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
  const message =
    fault.message ??
    (fault.status === 429 ? 'Too many requests' : fault.status >= 500 ? 'Internal Server Error' : 'Refused');
  const body =
    fault.status >= 500
      ? { ErrorIdentifier: '3f2a9c1e-5b7d-4e8f-9a6b-0c1d2e3f4a5b', ...errorBody(fault.status, message) }
      : errorBody(fault.status, message);
  return { status: fault.status, body, headers };
}

/** One SPF record per domain: Mailjet's include goes into the one there is, or Mailjet's value is added. */
function withMailjetSpf(values: string[], mailjetValue: string): string[] {
  const index = values.findIndex((value) => /^v=spf1(\s|$)/i.test(value));
  if (index < 0) return [...values, mailjetValue];
  const current = values[index]!;
  if (/\binclude:spf\.mailjet\.com\b/i.test(current)) return values;
  const merged = current.replace(/^v=spf1/i, 'v=spf1 include:spf.mailjet.com');
  return values.map((value, i) => (i === index ? merged : value));
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  if (!text.trim()) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

async function route(
  account: StandInAccount,
  messages: MessageLog,
  method: string,
  segments: string[],
  query: URLSearchParams,
  body: string,
): Promise<Reply> {
  const [resource = '', id, action, ...rest] = segments;
  const badRequest = (message: string): Reply => ({ status: 400, body: errorBody(400, message) });
  const notAllowed: Reply = { status: 405, body: errorBody(405, 'Method not allowed') };
  if (rest.length) return badRequest('Invalid path');
  const data = parseJsonObject(body);
  if ((method === 'POST' || method === 'PUT') && data === undefined) return badRequest('Invalid JSON in request body');
  const payload = data ?? {};

  if (resource === 'sender') {
    if (action === 'validate') return method === 'POST' ? account.validateSender(id!) : notAllowed;
    if (action !== undefined) return badRequest(`Unknown action "${action}"`);
    if (id === undefined) {
      if (method === 'GET') return account.listSenders(query);
      if (method === 'POST') return account.createSender(payload);
      return notAllowed;
    }
    if (method === 'GET') return account.getSender(id);
    if (method === 'PUT') return account.updateSender(id, payload);
    if (method === 'DELETE') return account.deleteSender(id);
    return notAllowed;
  }
  if (resource === 'dns') {
    if (action === 'check') return method === 'POST' ? account.checkDns(id!) : notAllowed;
    if (action !== undefined) return badRequest(`Unknown action "${action}"`);
    if (method !== 'GET') return notAllowed;
    return id === undefined ? account.listDns(query) : account.getDns(id);
  }
  // The message API is read-only (mailjet-gem lib/mailjet/resources/message.rb: public_operations [:get]).
  if (resource === 'message' || resource === 'messagehistory') {
    if (method !== 'GET') return notAllowed;
    if (action !== undefined) return badRequest(`Unknown action "${action}"`);
    if (resource === 'message' && id === undefined) return messages.list(query);
    if (id === undefined) return badRequest('Missing message ID');
    return (
      (resource === 'message' ? messages.get(id, query) : messages.history(id)) ?? {
        status: 404,
        body: errorBody(404, 'Object not found'),
      }
    );
  }
  return badRequest(`Unknown resource "${resource}"`);
}

export async function startMailjetStandIn(options: MailjetStandInOptions): Promise<MailjetStandIn> {
  let latencyMs = options.latencyMs ?? 0;
  let counter = 0;
  let nextSenderId = 46935;
  let nextDnsId = 325867276;
  const faults = new FaultPlan();
  const published = new PublishedRecords();
  const lookup = options.lookupTxt ? combinedLookup(published.lookup, options.lookupTxt) : published.lookup;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const ids = { sender: () => nextSenderId++, dns: () => nextDnsId++ };

  const publishDns = (dns: StandInDns, parts: DnsPart[] = ['ownership', 'spf', 'dkim']) => {
    if (parts.includes('ownership')) published.add(dns.OwnerShipTokenRecordName, dns.OwnerShipToken);
    if (parts.includes('dkim')) published.add(dns.DKIMRecordName, dns.DKIMRecordValue);
    if (parts.includes('spf')) published.set(dns.Domain, withMailjetSpf(published.get(dns.Domain), dns.SPFRecordValue));
  };

  const behaviour: AccountBehaviour = {
    validateEnvelope: options.validateEnvelope ?? 'top-level',
    spfValuesField: options.spfValuesField ?? 'plural',
    publishAfterFailedValidation: options.publishAfterFailedValidation ?? false,
    onPublishRequested: (dns) => publishDns(dns),
  };
  const accounts = new Map(
    options.accounts.map((a) => [a.apiKey, new StandInAccount(a.apiKey, a.secretKey, ids, lookup, behaviour)]),
  );
  const accountFor = (apiKey?: string) => {
    const account = apiKey ? accounts.get(apiKey) : accounts.values().next().value;
    if (!account) throw new Error(`the stand-in has no account ${apiKey ?? ''}`.trim());
    return account;
  };
  const logs = new Map([...accounts.keys()].map((apiKey) => [apiKey, new MessageLog()]));
  const logFor = (apiKey?: string) => logs.get(accountFor(apiKey).apiKey)!;
  let relay: MailjetRelay | undefined;
  if (options.smtp) {
    const { startMailjetRelay } = await import('./smtp-relay');
    relay = await startMailjetRelay({
      ...(options.smtpPorts ? { ports: options.smtpPorts } : {}),
      ...(options.smtpCertificate ? { certificate: options.smtpCertificate } : {}),
      authenticate: (user, password) => accounts.get(user)?.secretKey === password,
      accept: (session) => {
        const account = accountFor(session.user);
        // Mailjet identifies the sender by the From header (review: "whether Mailjet checks the envelope or the From" is UNVERIFIED).
        logFor(session.user).record(account, {
          from: session.headerFrom || session.mailFrom,
          to: session.rcptTo,
          subject: session.subject,
          customId: session.customId,
        });
      },
    });
  }

  const control: MailjetStandInControl = {
    account: accountFor,
    publishDns: (domain, parts, apiKey) => {
      const dns = accountFor(apiKey).findDns(domain);
      if (!dns) throw new Error(`no dns object for ${domain} yet: create a sender on it first`);
      publishDns(dns, parts);
    },
    setTxt: (name, values) => published.set(name, values),
    clickActivation: (email, apiKey) => accountFor(apiKey).clickActivation(email),
    setCheckInProgress: (domain, running, apiKey) => accountFor(apiKey).setCheckInProgress(domain, running),
    deleteSender: (email, apiKey) => void accountFor(apiKey).deleteSender(email),
    setLatency: (ms) => {
      latencyMs = ms;
    },
    fail: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    resetRequests: () => {
      counter = 0;
      requests.length = 0;
    },
    messages: (apiKey) => logFor(apiKey).messages,
    setRecipientFate: (address, fate, apiKey) => void logFor(apiKey).fates.set(address.toLowerCase(), fate),
    setMessageDelay: (ms, apiKey) => {
      logFor(apiKey).visibleAfterMs = ms;
    },
  };

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => {
      if (!response.headersSent) send(response, { status: 500, body: errorBody(500, 'Stand-in failure') });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const method = (request.method ?? 'GET').toUpperCase();
    const body = await readBody(request);
    if (url.pathname.startsWith('/__control')) return send(response, await handleControl(url.pathname, method, body));

    const entry: RecordedRequest = {
      n: ++counter,
      method,
      path: url.pathname,
      query: url.search,
      status: 0,
      startedAt: performance.now(),
      endedAt: 0,
    };
    requests.push(entry);
    const finish = (status: RecordedRequest['status']) => {
      entry.status = status;
      entry.endedAt = performance.now();
    };
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));

    const fault = faults.take(entry.n, method, url.pathname);
    if (fault?.kind === 'drop') {
      finish('dropped');
      request.socket.destroy();
      return;
    }
    if (fault?.kind === 'hang') {
      finish('hung');
      return;
    }
    if (fault?.kind === 'status') {
      const reply = faultReply(fault);
      finish(reply.status);
      return send(response, reply);
    }

    const given = credentials(request.headers.authorization);
    const account = given ? accounts.get(given.apiKey) : undefined;
    let reply: Reply;
    if (!account || account.secretKey !== given?.secretKey) reply = UNAUTHORIZED;
    else if (!API_PREFIX.test(url.pathname)) reply = { status: 404, body: errorBody(404, 'Object not found') };
    else {
      const segments = url.pathname.replace(API_PREFIX, '').split('/').filter(Boolean).map(decodeURIComponent);
      segments[0] = (segments[0] ?? '').toLowerCase();
      if (segments[2] !== undefined) segments[2] = segments[2].toLowerCase();
      reply = await route(account, logFor(account.apiKey), method, segments, url.searchParams, body);
    }
    if (fault?.kind === 'drop-after') {
      finish('dropped');
      request.socket.destroy();
      return;
    }
    finish(reply.status);
    send(response, reply);
  }

  async function handleControl(pathname: string, method: string, body: string): Promise<Reply> {
    const action = pathname.replace(/^\/__control\/?/, '');
    const data = parseJsonObject(body) ?? {};
    const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
    const ok = (value: unknown = { ok: true }): Reply => ({ status: 200, body: value });
    try {
      if (method === 'GET' && action === 'state') {
        const account = accountFor(text('apiKey'));
        return ok({
          senders: account.senders,
          dns: account.dnsRecords,
          outbox: account.outbox,
          requests: requests.length,
        });
      }
      if (method !== 'POST') return { status: 405, body: errorBody(405, 'Method not allowed') };
      switch (action) {
        case 'publish-dns':
          control.publishDns(
            text('domain') ?? '',
            Array.isArray(data.parts) ? (data.parts as DnsPart[]) : undefined,
            text('apiKey'),
          );
          return ok();
        case 'activate':
          return ok({ ok: control.clickActivation(text('email') ?? '', text('apiKey')) });
        case 'latency':
          control.setLatency(Number(data.ms) || 0);
          return ok();
        case 'fault':
          control.fail({ ...(data as unknown as FaultRule) });
          return ok();
        case 'clear-faults':
          control.clearFaults();
          return ok();
        default:
          return { status: 404, body: errorBody(404, 'Unknown control action') };
      }
    } catch (error) {
      return { status: 400, body: errorBody(400, error instanceof Error ? error.message : 'Refused') };
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    control,
    requests,
    ...(relay ? { smtp: relay } : {}),
    stop: async () => {
      await relay?.stop();
      await new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      });
    },
  };
}
