import type { DnsApiProvider } from '@shared/contract/publish';
import { readPastedValue } from '@shared/dns/txt';

// One interface for every DNS provider with an API: read the records the assistant cares about, create
// one, change one, and whatever the provider needs once the changes are made (OVHcloud's zone refresh).
// Nothing here can delete a record: the assistant never removes what it did not create.

export interface ZoneRecord {
  /** The provider's own id, needed to change the record. */
  id: string;
  type: string;
  /** Absolute, lower-case, without the trailing dot. */
  name: string;
  /** The logical value: a TXT record's strings joined, a CNAME target without the trailing dot. */
  value: string;
  ttl: number;
}

interface NewRecord {
  type: 'TXT' | 'CNAME';
  name: string;
  value: string;
}

export interface ProviderSession {
  provider: DnsApiProvider;
  /** The zone's apex, e.g. example.com. */
  zone: string;
  /** The provider's own id of the zone where it has one (Cloudflare's Zone ID), found by name if not given. */
  zoneId?: string;
  /** The TTL a new record gets: what the provider's own panel gives by default. */
  newRecordTtl: number;
  /** Every TXT and CNAME record at these names. */
  read(names: string[], signal: AbortSignal): Promise<ZoneRecord[]>;
  create(record: NewRecord, signal: AbortSignal): Promise<ZoneRecord>;
  /** A new value for an existing record; its name, type and TTL stay. */
  update(current: ZoneRecord, value: string, signal: AbortSignal): Promise<void>;
  /** After the changes: true when the provider needed a step of its own (OVHcloud's refresh). */
  finish(signal: AbortSignal): Promise<boolean>;
  /** HTTP requests sent so far, retries included. */
  requests(): number;
}

export const bareName = (name: string) => name.trim().toLowerCase().replace(/\.+$/, '');

/** A TXT value as a provider returns it (quoted character-strings, or plain), as one logical string. */
export function logicalTxt(content: string): string {
  const trimmed = content.trim();
  return trimmed.startsWith('"') ? readPastedValue(trimmed) : trimmed;
}
