import {
  createTCPServer,
  createUDPServer,
  Packet,
  type DnsHandler,
  type Resource,
  type TCPServer,
  type UDPServer,
} from 'dns2';
import { txt, ZoneTable, type Fault, type StandInRecord, type StandInType, type ZoneSeed } from './zone-table';

// A real authoritative DNS server on loopback (UDP, and TCP on the same port for answers too long for
// UDP), serving a ZoneTable. The demo's "publish" button and the integration tests drive it through the
// returned control object; nothing here ever listens beyond 127.0.0.0/8.

export interface DnsStandInOptions {
  /** A loopback address; 127.0.0.1 unless a test needs a second server beside the first. */
  host?: string;
  /** 0 (default) picks a free port; a given port lets a second server share the first one's. */
  port?: number;
  zones?: Record<string, ZoneSeed>;
  /** Share one table between servers, or let the caller build it. */
  table?: ZoneTable;
  autoZones?: boolean;
  ttl?: number;
}

export interface DnsStandIn {
  host: string;
  port: number;
  /** "127.0.0.1:PORT", as the resolver setting and --resolver take it. */
  address: string;
  table: ZoneTable;
  publish(name: string, record: StandInRecord | string | string[]): void;
  unpublish(name: string, type?: StandInType): void;
  replace(name: string, type: StandInType, records: Array<StandInRecord | string | string[]>): void;
  setFault(target: string, fault: Fault | null): void;
  /** Questions received since start or the last reset, UDP and TCP together. */
  readonly queries: number;
  resetQueries(): void;
  stop(): Promise<void>;
}

const TYPE_NAMES = new Map<number, StandInType | 'SOA'>([
  [Packet.TYPE.A, 'A'],
  [Packet.TYPE.AAAA, 'AAAA'],
  [Packet.TYPE.NS, 'NS'],
  [Packet.TYPE.CNAME, 'CNAME'],
  [Packet.TYPE.TXT, 'TXT'],
  [Packet.TYPE.MX, 'MX'],
  [Packet.TYPE.SOA, 'SOA'],
]);

// RFC 1035 §4.1.1 response codes (dns2's typings leave its RCODE table out).
const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const;

const asRecord = (value: StandInRecord | string | string[]): StandInRecord =>
  typeof value === 'string' || Array.isArray(value) ? txt(value) : value;

function resource(name: string, record: StandInRecord, ttl: number): Resource {
  const base = { name, class: Packet.CLASS.IN, ttl };
  switch (record.type) {
    case 'TXT':
      return { ...base, type: Packet.TYPE.TXT, data: record.strings } as Resource;
    case 'CNAME':
      return { ...base, type: Packet.TYPE.CNAME, domain: record.target } as Resource;
    case 'A':
      return { ...base, type: Packet.TYPE.A, address: record.address } as Resource;
    case 'AAAA':
      return { ...base, type: Packet.TYPE.AAAA, address: record.address } as Resource;
    case 'NS':
      return { ...base, type: Packet.TYPE.NS, ns: record.host } as Resource;
    case 'MX':
      return { ...base, type: Packet.TYPE.MX, priority: record.priority, exchange: record.exchange } as Resource;
  }
}

function soa(zone: string, ttl: number): Resource {
  return {
    name: zone,
    type: Packet.TYPE.SOA,
    class: Packet.CLASS.IN,
    ttl,
    primary: `ns1.${zone}`,
    admin: `hostmaster.${zone}`,
    serial: 2024010101,
    refresh: 3600,
    retry: 600,
    expiration: 604800,
    minimum: 300,
  } as Resource;
}

function answer(table: ZoneTable, request: Packet, ttl: number): Packet {
  const response = Packet.createResponseFromRequest(request);
  response.header.aa = 1;
  const question = request.questions[0];
  const type = question ? TYPE_NAMES.get(question.type) : undefined;
  if (!question || !type) {
    response.header.rcode = RCODE.NOTIMP;
    return response;
  }
  const name = question.name.toLowerCase().replace(/\.+$/, '');
  const zone = table.zoneFor(name);
  if (type === 'SOA' && zone === name) {
    response.answers.push(soa(zone, ttl));
    return response;
  }
  const result = table.resolve(name, type === 'SOA' ? 'TXT' : type);
  if (type === 'SOA') result.answers = [];
  response.header.rcode = RCODE[result.rcode];
  response.answers.push(...result.answers.map((entry) => resource(entry.name, entry.record, ttl)));
  if (result.zone && response.answers.length === 0) response.authorities.push(soa(result.zone, ttl));
  return response;
}

async function listenUdp(server: UDPServer, host: string, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.bind(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server.address().port;
}

async function listenTcp(server: TCPServer, host: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

export async function startDnsStandIn(options: DnsStandInOptions = {}): Promise<DnsStandIn> {
  const host = options.host ?? '127.0.0.1';
  if (!host.startsWith('127.')) throw new Error('The DNS stand-in listens on loopback only');
  const ttl = options.ttl ?? 300;
  const table = options.table ?? new ZoneTable({ autoZones: options.autoZones ?? false });
  for (const [zone, seed] of Object.entries(options.zones ?? {})) table.addZone(zone, seed);
  let queries = 0;
  const pending = new Set<NodeJS.Timeout>();

  const handle: DnsHandler = (request, send) => {
    queries += 1;
    const name = request.questions[0]?.name ?? '';
    const fault = table.faultFor(name);
    if (fault?.mode === 'silent') return;
    const reply = () => {
      const response = answer(table, request, ttl);
      if (fault?.mode === 'servfail') response.header.rcode = RCODE.SERVFAIL;
      if (fault?.mode === 'refused') response.header.rcode = RCODE.REFUSED;
      if (fault?.mode === 'servfail' || fault?.mode === 'refused') response.answers = [];
      send(response).catch(() => {});
    };
    if (fault?.mode !== 'slow') return reply();
    const timer = setTimeout(() => {
      pending.delete(timer);
      reply();
    }, fault.delayMs ?? 1000);
    pending.add(timer);
  };

  // UDP takes a free port first; TCP must then get the same number, which another process may hold.
  for (let attempt = 0; ; attempt += 1) {
    const udp = createUDPServer(handle);
    const tcp = createTCPServer(handle);
    udp.on('requestError', () => {});
    tcp.on('requestError', () => {});
    const port = await listenUdp(udp, host, options.port ?? 0);
    try {
      await listenTcp(tcp, host, port);
    } catch (error) {
      udp.close();
      if (options.port || attempt >= 5) throw error;
      continue;
    }
    const stop = async () => {
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
      await Promise.all([
        new Promise<void>((resolve) => udp.close(() => resolve())),
        new Promise<void>((resolve) => tcp.close(() => resolve())),
      ]);
    };
    return {
      host,
      port,
      address: `${host}:${port}`,
      table,
      publish: (name, record) => table.publish(name, asRecord(record)),
      unpublish: (name, type) => table.unpublish(name, type),
      replace: (name, type, records) => table.replace(name, type, records.map(asRecord)),
      setFault: (target, fault) => table.setFault(target, fault),
      get queries() {
        return queries;
      },
      resetQueries: () => {
        queries = 0;
      },
      stop,
    };
  }
}
