import type { DnsRecord, Purpose, RecordType } from '../records';

/** The stable machine form: what scripts and the CLI's --format json rely on. */
export interface JsonRecord {
  purpose: Purpose;
  type: RecordType;
  /** Absolute, without the trailing dot. */
  name: string;
  /** The whole value, TXT strings joined. */
  value: string;
}

export function recordsJson(records: DnsRecord[]): JsonRecord[] {
  return records.map(({ purpose, type, name, value }) => ({ purpose, type, name, value }));
}
