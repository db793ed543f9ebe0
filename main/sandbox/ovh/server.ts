import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { FaultQueue } from '../api-faults';
import type { StandInRecord, ZoneTable } from '../dns/zone-table';
import { parseJsonObject, readBody } from '../http-body';

// A stand-in of OVHcloud's API (/1.0), only the DNS zone calls the assistant makes, with the request
// signature checked for real. Evidence:
// - signature "$1$" + sha1(AS+CK+METHOD+URL+BODY+TIMESTAMP) over the full URL the client called, and
//   the unsigned GET /auth/time: ovh/node-ovh lib/ovh.js (signRequest, request).
// - GET /domain/zone/{zone}/record?fieldType=&subDomain= → ids; GET …/record/{id} → {id, zone,
//   subDomain, fieldType, target, ttl}; POST …/record; PUT …/record/{id} → null; POST …/refresh →
//   null: DNSControl providers/ovh/protocol.go and lego providers/dns/ovh. Changes are served only after
//   the refresh (that is what the refresh is for, per both clients calling it after every change).
// - errors {message, errorCode}: "Invalid application key", "This credential does not exist",
//   "Invalid signature", "This call has not been granted", "Query out of time": messages as clients
//   report them; the errorCode strings and the HTTP statuses 400/403 are UNVERIFIED.
// - access rules: method + path with "*" standing for the rest of a path segment list, as the
//   createToken page takes them (UNVERIFIED beyond that).

interface OvhRule {
  method: string;
  path: string;
}

export interface OvhStandInOptions {
  table: ZoneTable;
  zones: string[];
  applications: Array<{ applicationKey: string; applicationSecret: string }>;
  consumers: Array<{ consumerKey: string; applicationKey: string; rules: OvhRule[] }>;
  /** Seconds the stand-in's clock is ahead of the client's, to prove /auth/time is used. */
  clockOffsetSeconds?: number;
  latencyMs?: number;
}

export interface OvhStandIn {
  /** The API base with its version path, as OVH_API_URL takes it. */
  url: string;
  faults: FaultQueue;
  requests: Array<{ method: string; path: string; status: number }>;
  /** Records as OVHcloud holds them (refreshed or not). */
  records(zone: string): Array<{ id: number; subDomain: string; fieldType: string; target: string; ttl: number }>;
  refreshes(zone: string): number;
  stop(): Promise<void>;
}

interface OvhRecord {
  id: number;
  zone: string;
  subDomain: string;
  fieldType: 'TXT' | 'CNAME';
  target: string;
  ttl: number;
}

const VERSION = '/1.0';
const ALLOWED_SKEW_SECONDS = 180; // UNVERIFIED: how far off a timestamp may be before "Query out of time".

export async function startOvhStandIn(options: OvhStandInOptions): Promise<OvhStandIn> {
  const { table } = options;
  const faults = new FaultQueue();
  const requests: OvhStandIn['requests'] = [];
  const store = new Map<string, OvhRecord[]>();
  const refreshCount = new Map<string, number>();
  let nextId = 5_000_000;

  for (const zone of options.zones) {
    const records: OvhRecord[] = [];
    for (const name of table.namesIn(zone)) {
      const subDomain = name === zone ? '' : name.slice(0, -(zone.length + 1));
      for (const record of table.recordsAt(name)) {
        if (record.type === 'TXT')
          records.push({
            id: nextId++,
            zone,
            subDomain,
            fieldType: 'TXT',
            target: `"${record.strings.join('')}"`,
            ttl: 0,
          });
        if (record.type === 'CNAME')
          records.push({ id: nextId++, zone, subDomain, fieldType: 'CNAME', target: `${record.target}.`, ttl: 0 });
      }
    }
    store.set(zone, records);
  }

  /** The refresh: the served zone becomes what OVHcloud holds, for the names it holds TXT or CNAME at. */
  const refresh = (zone: string) => {
    refreshCount.set(zone, (refreshCount.get(zone) ?? 0) + 1);
    const records = store.get(zone) ?? [];
    const names = new Set([...records.map((record) => absolute(zone, record.subDomain)), ...table.namesIn(zone)]);
    for (const name of names) {
      for (const type of ['TXT', 'CNAME'] as const) {
        const here = records.filter((record) => absolute(zone, record.subDomain) === name && record.fieldType === type);
        const served: StandInRecord[] = here.map((record) =>
          type === 'TXT'
            ? { type: 'TXT', strings: splitStrings(unquote(record.target)) }
            : { type: 'CNAME', target: record.target.replace(/\.$/, '') },
        );
        if (served.length || table.recordsAt(name).some((record) => record.type === type))
          table.replace(name, type, served);
      }
    }
  };

  const now = () => Math.round(Date.now() / 1000) + (options.clockOffsetSeconds ?? 0);
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const refuse = (res: ServerResponse, status: number, message: string, errorCode?: string) =>
    send(res, status, { message, ...(errorCode ? { errorCode } : {}) });

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => refuse(res, 500, 'Internal server error'));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req);
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const path = url.pathname.startsWith(VERSION) ? url.pathname.slice(VERSION.length) : url.pathname;
    const answer = res.writeHead.bind(res);
    res.writeHead = ((status: number, ...rest: never[]) => {
      requests.push({ method, path, status });
      return answer(status, ...rest);
    }) as typeof res.writeHead;

    if (method === 'GET' && path === '/auth/time') return send(res, 200, now());

    const application = options.applications.find((app) => app.applicationKey === req.headers['x-ovh-application']);
    if (!application) return refuse(res, 403, 'Invalid application key', 'INVALID_KEY');
    const consumer = options.consumers.find(
      (item) =>
        item.consumerKey === req.headers['x-ovh-consumer'] && item.applicationKey === application.applicationKey,
    );
    if (!consumer) return refuse(res, 403, 'This credential does not exist', 'INVALID_CREDENTIAL');
    const timestamp = Number(req.headers['x-ovh-timestamp']);
    if (!Number.isFinite(timestamp) || Math.abs(timestamp - now()) > ALLOWED_SKEW_SECONDS)
      return refuse(res, 400, 'Query out of time', 'QUERY_TIME_OUT');
    // Computed here on its own (not with the client's code), so a client that signs wrongly is caught.
    const signed = [
      application.applicationSecret,
      consumer.consumerKey,
      method,
      url.href,
      body,
      String(req.headers['x-ovh-timestamp']),
    ].join('+');
    const expected = `$1$${createHash('sha1').update(signed).digest('hex')}`;
    if (req.headers['x-ovh-signature'] !== expected) return refuse(res, 400, 'Invalid signature', 'INVALID_SIGNATURE');
    if (!consumer.rules.some((rule) => rule.method === method && rulePattern(rule.path).test(path))) {
      return refuse(res, 403, 'This call has not been granted', 'NOT_GRANTED_CALL');
    }

    const fault = faults.take(method, path);
    if (fault && !fault.afterWork) {
      return fault.status === 429
        ? send(res, 429, { message: 'Too many requests' }, { 'retry-after': String(fault.retryAfterSeconds ?? 1) })
        : refuse(res, fault.status, 'Internal server error');
    }
    const done = (status: number, result: unknown) =>
      fault?.afterWork ? refuse(res, fault.status, 'Internal server error') : send(res, status, result);

    const match = /^\/domain\/zone\/([^/]+)\/(record|refresh)(?:\/(\d+))?$/.exec(path);
    const zone = match ? decodeURIComponent(match[1]!).toLowerCase() : '';
    if (!match || !store.has(zone)) return refuse(res, 404, 'This service does not exist', 'Client::NotFound');
    const records = store.get(zone)!;
    const input = parseJsonObject(body);

    if (match[2] === 'refresh') {
      if (method !== 'POST') return refuse(res, 405, 'Method not allowed');
      refresh(zone);
      return done(200, null);
    }
    if (!match[3]) {
      if (method === 'GET') {
        const fieldType = url.searchParams.get('fieldType');
        const subDomain = url.searchParams.get('subDomain');
        const ids = records
          .filter(
            (record) =>
              (!fieldType || record.fieldType === fieldType) &&
              (subDomain === null || record.subDomain === subDomain.toLowerCase()),
          )
          .map((record) => record.id);
        return send(res, 200, ids);
      }
      if (method === 'POST') {
        const fieldType = input.fieldType === 'TXT' || input.fieldType === 'CNAME' ? input.fieldType : null;
        if (!fieldType || typeof input.target !== 'string' || !input.target)
          return refuse(res, 400, 'Invalid record', 'Client::BadRequest');
        const record: OvhRecord = {
          id: nextId++,
          zone,
          subDomain: String(input.subDomain ?? '').toLowerCase(),
          fieldType,
          target: input.target,
          ttl: Number(input.ttl) || 0,
        };
        records.push(record);
        return done(200, view(record));
      }
      return refuse(res, 405, 'Method not allowed');
    }
    const record = records.find((item) => item.id === Number(match[3]));
    if (!record) return refuse(res, 404, `The requested object (id = ${match[3]}) does not exist`, 'Client::NotFound');
    if (method === 'GET') return send(res, 200, view(record));
    if (method === 'PUT') {
      if (typeof input.target === 'string') record.target = input.target;
      if (typeof input.subDomain === 'string') record.subDomain = input.subDomain.toLowerCase();
      if (typeof input.ttl === 'number') record.ttl = input.ttl;
      return done(200, null);
    }
    return refuse(res, 405, 'Method not allowed');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${VERSION}`,
    faults,
    requests,
    records: (zone) => (store.get(zone) ?? []).map(({ zone: _zone, ...record }) => ({ ...record })),
    refreshes: (zone) => refreshCount.get(zone) ?? 0,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const view = (record: OvhRecord) => ({
  id: record.id,
  zone: record.zone,
  subDomain: record.subDomain,
  fieldType: record.fieldType,
  target: record.target,
  ttl: record.ttl,
});
const absolute = (zone: string, subDomain: string) => (subDomain ? `${subDomain}.${zone}` : zone);
const unquote = (target: string) =>
  target.startsWith('"') && target.endsWith('"') && target.length >= 2 ? target.slice(1, -1) : target;

function splitStrings(value: string): string[] {
  const strings: string[] = [];
  for (let i = 0; i < value.length; i += 255) strings.push(value.slice(i, i + 255));
  return strings.length ? strings : [''];
}

/** "*" in a rule stands for anything that follows, as in "/domain/zone/example.it/record/*". */
function rulePattern(path: string): RegExp {
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}
