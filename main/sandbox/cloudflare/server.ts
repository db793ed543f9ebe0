import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { quotedTxt, readPastedValue } from '@shared/dns/txt';
import { FaultQueue } from '../api-faults';
import type { StandInRecord, ZoneTable } from '../dns/zone-table';
import { parseJsonObject, readBody } from '../http-body';

// A stand-in of Cloudflare's API v4, only the part the assistant uses: zone lookup by name, and the DNS
// records of one zone (list with filters and pages, create, overwrite, patch). It writes into the DNS
// stand-in's table, so the assistant's own check sees what was published. Evidence:
// - envelope {success, errors, messages, result, result_info{page, per_page, count, total_count,
//   total_pages}} and page-number pagination: cloudflare-typescript core/pagination.js
//   (V4PagePaginationArray); a page past the last one is empty (the SDK stops on an empty page).
// - TXT content is quoted character-strings of ≤255 bytes, longer strings split automatically; TTL 1 is
//   "automatic": cloudflare-typescript resources/dns/records.d.ts.
// - a malformed token: HTTP 400, code 6003 "Invalid request headers" with error_chain 6111 "Invalid
//   format for Authorization header" (reports in jeessy2/ddns-go #81); a token without the permission,
//   or for another zone: HTTP 403, code 10000 "Authentication error" (terraform-provider-cloudflare
//   #3292). An unknown well-formed token is answered the same 403 here: UNVERIFIED.
// - listing zones needs Zone ▸ Zone ▸ Read on top of DNS ▸ Edit (ddclient PR #834, cloudflare-cli #58;
//   getssl PR #813 reports the opposite): modelled as needing it, the stricter reading.
// - an identical record is refused, code 81058 "An identical record already exists." (UNVERIFIED code).
// - 429 with Retry-After in seconds; its code 971 and the limits themselves are UNVERIFIED.

type CloudflarePermission = 'dns:read' | 'dns:edit' | 'zone:read';

interface CloudflareToken {
  token: string;
  zones: string[];
  permissions: CloudflarePermission[];
}

interface StoredRecord {
  id: string;
  zone: string;
  name: string;
  type: 'TXT' | 'CNAME';
  content: string;
  ttl: number;
  created_on: string;
  modified_on: string;
}

export interface CloudflareStandInOptions {
  table: ZoneTable;
  /** Zones the account holds; each must be in the table. */
  zones: string[];
  tokens: CloudflareToken[];
  /** Largest per_page the list accepts. */
  maxPerPage?: number;
  latencyMs?: number;
}

export interface CloudflareStandIn {
  /** The API base with its version path, as CLOUDFLARE_API_URL takes it. */
  url: string;
  zoneId(zone: string): string;
  faults: FaultQueue;
  /** Requests by method, for tests that count writes. */
  requests: Array<{ method: string; path: string; status: number }>;
  records(zone: string): Array<{ id: string; name: string; type: string; content: string; ttl: number }>;
  stop(): Promise<void>;
}

const TOKEN_FORMAT = /^[A-Za-z0-9_-]{40}$/;
const VERSION = '/client/v4';

const cloudflareZoneId = (zone: string) => createHash('md5').update(`zone:${zone}`).digest('hex');

export async function startCloudflareStandIn(options: CloudflareStandInOptions): Promise<CloudflareStandIn> {
  const { table } = options;
  const faults = new FaultQueue();
  const requests: CloudflareStandIn['requests'] = [];
  const store = new Map<string, StoredRecord[]>();
  const zoneById = new Map(options.zones.map((zone) => [cloudflareZoneId(zone), zone]));

  // What the zone already served becomes Cloudflare's records, so the stand-in and the DNS agree.
  for (const zone of options.zones) {
    const now = new Date().toISOString();
    const records: StoredRecord[] = [];
    for (const name of table.namesIn(zone)) {
      for (const record of table.recordsAt(name)) {
        if (record.type === 'TXT' || record.type === 'CNAME') {
          const content = record.type === 'TXT' ? record.strings.map((s) => quotedTxt(s)).join(' ') : record.target;
          records.push({
            id: randomBytes(16).toString('hex'),
            zone,
            name,
            type: record.type,
            content,
            ttl: 1,
            created_on: now,
            modified_on: now,
          });
        }
      }
    }
    store.set(zone, records);
  }

  /** The DNS stand-in serves exactly what Cloudflare holds at that name and type. */
  const sync = (zone: string, name: string, type: 'TXT' | 'CNAME') => {
    const served: StandInRecord[] = (store.get(zone) ?? [])
      .filter((record) => record.name === name && record.type === type)
      .map((record) =>
        type === 'TXT'
          ? { type: 'TXT', strings: txtStrings(record.content) }
          : { type: 'CNAME', target: record.content.replace(/\.$/, '') },
      );
    table.replace(name, type, served);
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const failure = (
    res: ServerResponse,
    status: number,
    code: number,
    message: string,
    extra: Record<string, unknown> = {},
  ) => send(res, status, { success: false, errors: [{ code, message, ...extra }], messages: [], result: null });
  const ok = (res: ServerResponse, result: unknown, resultInfo?: unknown) =>
    send(res, 200, {
      success: true,
      errors: [],
      messages: [],
      result,
      ...(resultInfo ? { result_info: resultInfo } : {}),
    });

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => failure(res, 500, 10001, 'Internal error'));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req);
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const method = req.method ?? 'GET';
    const path = url.pathname.startsWith(VERSION) ? url.pathname.slice(VERSION.length) : url.pathname;
    const answer = res.writeHead.bind(res);
    res.writeHead = ((status: number, ...rest: never[]) => {
      requests.push({ method, path, status });
      return answer(status, ...rest);
    }) as typeof res.writeHead;

    const auth = req.headers.authorization ?? '';
    const bearer = /^Bearer (.+)$/.exec(auth)?.[1] ?? '';
    if (!TOKEN_FORMAT.test(bearer)) {
      return failure(res, 400, 6003, 'Invalid request headers', {
        error_chain: [{ code: 6111, message: 'Invalid format for Authorization header' }],
      });
    }
    const token = options.tokens.find((item) => item.token === bearer);
    const denied = () => failure(res, 403, 10000, 'Authentication error');
    if (!token) return denied();

    const fault = faults.take(method, path);
    if (fault && !fault.afterWork) {
      if (fault.status === 429) {
        return send(
          res,
          429,
          {
            success: false,
            errors: [{ code: 971, message: 'Please wait and consider throttling your request speed' }],
            messages: [],
            result: null,
          },
          { 'retry-after': String(fault.retryAfterSeconds ?? 1) },
        );
      }
      return failure(res, fault.status, 10001, 'Internal error');
    }
    const finish = (work: () => void) => {
      if (fault?.afterWork) {
        work();
        return failure(res, fault.status, 10001, 'Internal error');
      }
      work();
    };

    if (method === 'GET' && path === '/zones') {
      if (!token.permissions.includes('zone:read'))
        return failure(res, 403, 9109, 'Unauthorized to access requested resource');
      const name = url.searchParams.get('name');
      const zones = options.zones.filter(
        (zone) => token.zones.includes(zone) && (!name || zone === name.toLowerCase()),
      );
      return ok(
        res,
        zones.map((zone) => ({ id: cloudflareZoneId(zone), name: zone, status: 'active' })),
        { page: 1, per_page: 20, count: zones.length, total_count: zones.length, total_pages: 1 },
      );
    }

    const match = /^\/zones\/([0-9a-f]{32})\/dns_records(?:\/([0-9a-f]{32}))?$/.exec(path);
    if (!match) return failure(res, 404, 7003, 'Could not route to the requested path');
    const zone = zoneById.get(match[1]!);
    // A zone this token does not cover answers like a missing permission: the token learns nothing.
    if (!zone || !token.zones.includes(zone)) return denied();
    const records = store.get(zone)!;
    const write = method !== 'GET';
    if (!token.permissions.includes(write ? 'dns:edit' : 'dns:read') && !token.permissions.includes('dns:edit'))
      return denied();

    if (method === 'GET' && !match[2]) {
      const exact = (url.searchParams.get('name.exact') ?? url.searchParams.get('name'))?.toLowerCase();
      const type = url.searchParams.get('type');
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 100) || 100, options.maxPerPage ?? 5000);
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
      const found = records.filter((record) => (!exact || record.name === exact) && (!type || record.type === type));
      const slice = found.slice((page - 1) * perPage, page * perPage);
      return ok(
        res,
        slice.map((record) => view(record)),
        {
          page,
          per_page: perPage,
          count: slice.length,
          total_count: found.length,
          total_pages: Math.max(1, Math.ceil(found.length / perPage)),
        },
      );
    }

    const input = parseJsonObject(body);
    if (method === 'POST' && !match[2]) {
      const type = input.type === 'TXT' || input.type === 'CNAME' ? input.type : null;
      const name = typeof input.name === 'string' ? input.name.toLowerCase().replace(/\.$/, '') : '';
      if (!type || !name || typeof input.content !== 'string' || !input.content.trim())
        return failure(res, 400, 9000, 'DNS name is invalid.');
      if (name !== zone && !name.endsWith(`.${zone}`)) return failure(res, 400, 9000, 'DNS name is invalid.');
      const content = type === 'TXT' ? normaliseTxt(input.content) : input.content.replace(/\.$/, '');
      if (records.some((record) => record.name === name && record.type === type && record.content === content)) {
        return failure(res, 400, 81058, 'An identical record already exists.');
      }
      const now = new Date().toISOString();
      const record: StoredRecord = {
        id: randomBytes(16).toString('hex'),
        zone,
        name,
        type,
        content,
        ttl: Number(input.ttl) || 1,
        created_on: now,
        modified_on: now,
      };
      return finish(() => {
        records.push(record);
        sync(zone, name, type);
        if (!fault) ok(res, view(record));
      });
    }

    const record = records.find((item) => item.id === match[2]);
    if (!record) return failure(res, 404, 81044, 'Record does not exist.');
    if (method === 'GET') return ok(res, view(record));
    if (method === 'PUT' || method === 'PATCH') {
      if (method === 'PUT' && (typeof input.content !== 'string' || input.type !== record.type))
        return failure(res, 400, 9000, 'DNS name is invalid.');
      return finish(() => {
        if (typeof input.content === 'string')
          record.content = record.type === 'TXT' ? normaliseTxt(input.content) : input.content.replace(/\.$/, '');
        if (typeof input.ttl === 'number') record.ttl = input.ttl;
        record.modified_on = new Date().toISOString();
        sync(zone, record.name, record.type);
        if (!fault) ok(res, view(record));
      });
    }
    return failure(res, 405, 10405, 'Method not allowed');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${VERSION}`,
    zoneId: cloudflareZoneId,
    faults,
    requests,
    records: (zone) =>
      (store.get(zone) ?? []).map((record) => ({
        id: record.id,
        name: record.name,
        type: record.type,
        content: record.content,
        ttl: record.ttl,
      })),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const view = (record: StoredRecord) => ({
  id: record.id,
  zone_id: cloudflareZoneId(record.zone),
  zone_name: record.zone,
  name: record.name,
  type: record.type,
  content: record.content,
  proxiable: false,
  proxied: false,
  ttl: record.ttl,
  settings: {},
  meta: {},
  comment: null,
  tags: [],
  created_on: record.created_on,
  modified_on: record.modified_on,
});

/** Cloudflare keeps TXT content as quoted strings: an unquoted value is quoted and split at 255 bytes. */
function normaliseTxt(content: string): string {
  return quotedTxt(content.trim().startsWith('"') ? readPastedValue(content) : content.trim());
}

function txtStrings(content: string): string[] {
  const strings: string[] = [];
  for (const match of content.matchAll(/"((?:[^"\\]|\\.)*)"/g)) strings.push(match[1]!.replace(/\\(.)/g, '$1'));
  return strings.length ? strings : [content];
}
