import { registrableDomain } from '@shared/dns/registrable-domain';
import { splitTxt } from '@shared/dns/txt';

// The stand-in's data: zones and their records in memory, with the answers an authoritative server
// gives — data, CNAME (followed inside our zones), NXDOMAIN, or NOERROR without data — and the faults
// a real one shows. Publishing is idempotent, like a DNS panel that refuses an exact duplicate.

export type StandInRecord =
  | { type: 'TXT'; strings: string[] }
  | { type: 'CNAME'; target: string }
  | { type: 'A'; address: string }
  | { type: 'AAAA'; address: string }
  | { type: 'NS'; host: string }
  | { type: 'MX'; priority: number; exchange: string };

export type StandInType = StandInRecord['type'];

type FaultMode = 'silent' | 'servfail' | 'refused' | 'slow';
export interface Fault {
  mode: FaultMode;
  /** For "slow": how long to wait before answering. */
  delayMs?: number;
}

export interface ZoneSeed {
  /** Nameserver host names for the zone's NS records; default ns1.<zone>. */
  nameservers?: string[];
  /** Records by name (absolute, or relative to the zone, "@" for the apex). */
  /** A string is one TXT value (split at 255 bytes), an array of strings one TXT record with those strings. */
  records?: Record<string, Array<StandInRecord | string | string[]>>;
}

export interface Resolution {
  rcode: 'NOERROR' | 'NXDOMAIN' | 'REFUSED';
  answers: Array<{ name: string; record: StandInRecord }>;
  /** The zone whose SOA goes in the authority section of a negative answer. */
  zone: string | null;
}

const clean = (name: string) => name.trim().toLowerCase().replace(/\.+$/, '');

const sameRecord = (a: StandInRecord, b: StandInRecord) => JSON.stringify(a) === JSON.stringify(b);

/** A TXT value as a record: one logical string is split at 255 bytes, as panels do; an array is kept as given. */
export function txt(value: string | string[]): StandInRecord {
  return { type: 'TXT', strings: Array.isArray(value) ? value : splitTxt(value) };
}

export class ZoneTable {
  private readonly zones = new Map<string, { nameservers: string[] }>();
  private readonly records = new Map<string, StandInRecord[]>();
  private readonly faults = new Map<string, Fault>();

  /** With `autoZones`, any registrable domain asked about becomes an empty zone (the demo's "any domain"). */
  constructor(private readonly options: { autoZones?: boolean } = {}) {}

  addZone(zone: string, seed: ZoneSeed = {}): void {
    const apex = clean(zone);
    if (!this.zones.has(apex)) this.zones.set(apex, { nameservers: (seed.nameservers ?? [`ns1.${apex}`]).map(clean) });
    for (const [name, records] of Object.entries(seed.records ?? {})) {
      const absolute = name === '@' ? apex : clean(name).endsWith(apex) ? clean(name) : `${clean(name)}.${apex}`;
      for (const record of records)
        this.publish(absolute, typeof record === 'string' || Array.isArray(record) ? txt(record) : record);
    }
  }

  /** The longest zone that contains the name. */
  zoneFor(name: string): string | null {
    const target = clean(name);
    let best: string | null = null;
    for (const zone of this.zones.keys()) {
      if ((target === zone || target.endsWith(`.${zone}`)) && (!best || zone.length > best.length)) best = zone;
    }
    if (!best && this.options.autoZones) {
      const apex = registrableDomain(target);
      if (apex) {
        this.addZone(apex);
        best = apex;
      }
    }
    return best;
  }

  nameserversOf(zone: string): string[] {
    return this.zones.get(clean(zone))?.nameservers ?? [];
  }

  publish(name: string, record: StandInRecord): void {
    const key = clean(name);
    this.zoneFor(key);
    const list = this.records.get(key) ?? [];
    if (!list.some((existing) => sameRecord(existing, record))) list.push(record);
    this.records.set(key, list);
  }

  unpublish(name: string, type?: StandInType): void {
    const key = clean(name);
    const kept = (this.records.get(key) ?? []).filter((record) => type !== undefined && record.type !== type);
    if (kept.length) this.records.set(key, kept);
    else this.records.delete(key);
  }

  /** Every record of `type` at `name` becomes exactly `records`. */
  replace(name: string, type: StandInType, records: StandInRecord[]): void {
    this.unpublish(name, type);
    for (const record of records) this.publish(name, record);
  }

  /** Every name with records inside the zone (the zone's own apex included), for the DNS API stand-ins. */
  namesIn(zone: string): string[] {
    const apex = clean(zone);
    return [...this.records.keys()].filter(
      (name) => (name === apex || name.endsWith(`.${apex}`)) && this.zoneFor(name) === apex,
    );
  }

  recordsAt(name: string): StandInRecord[] {
    return [...(this.records.get(clean(name)) ?? [])];
  }

  /** A fault for one name, one zone (its apex name), or every question ("*"); null clears it. */
  setFault(target: string, fault: Fault | null): void {
    const key = target === '*' ? '*' : clean(target);
    if (fault) this.faults.set(key, fault);
    else this.faults.delete(key);
  }

  faultFor(name: string): Fault | undefined {
    const key = clean(name);
    const zone = this.zoneFor(key);
    return this.faults.get(key) ?? (zone ? this.faults.get(zone) : undefined) ?? this.faults.get('*');
  }

  resolve(name: string, type: StandInType | 'SOA', depth = 0): Resolution {
    const key = clean(name);
    const zone = this.zoneFor(key);
    if (!zone) return { rcode: 'REFUSED', answers: [], zone: null };
    const here = this.recordsAt(key);
    if (key === zone && type === 'NS') {
      return {
        rcode: 'NOERROR',
        answers: this.nameserversOf(zone).map((host) => ({ name: key, record: { type: 'NS', host } })),
        zone,
      };
    }
    const cname = here.find((record) => record.type === 'CNAME');
    if (cname && type !== 'CNAME' && cname.type === 'CNAME') {
      const answers: Resolution['answers'] = [{ name: key, record: cname }];
      // Follow the alias inside our own zones, as an authoritative server adds what it knows.
      if (depth < 8 && !this.options.autoZones && this.zoneFor(cname.target))
        answers.push(...this.resolve(cname.target, type, depth + 1).answers);
      return { rcode: 'NOERROR', answers, zone };
    }
    const matching = here.filter((record) => record.type === type);
    if (matching.length) return { rcode: 'NOERROR', answers: matching.map((record) => ({ name: key, record })), zone };
    const exists =
      key === zone || here.length > 0 || [...this.records.keys()].some((other) => other.endsWith(`.${key}`));
    return { rcode: exists ? 'NOERROR' : 'NXDOMAIN', answers: [], zone };
  }
}
