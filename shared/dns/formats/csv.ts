import type { DnsRecord } from '../records';

// One row per record for spreadsheets and ticket systems. Fields are quoted per RFC 4180; a field that
// a spreadsheet would run as a formula is prefixed with an apostrophe.

const HEADER = ['purpose', 'type', 'name', 'value', 'ttl', 'action'];

function field(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function recordsCsv(records: DnsRecord[]): string {
  const rows = records.map((record) => [
    record.purpose,
    record.type,
    record.name,
    record.value,
    String(record.ttl),
    record.action,
  ]);
  return `${[HEADER, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
