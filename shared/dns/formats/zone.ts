import type { DnsRecord } from '../records';
import { quotedTxt } from '../txt';

// A zone-file fragment for panels that import BIND files (Cloudflare, Hetzner, Route 53) and for the
// person who edits the zone by hand. Owner names are absolute with the final dot, so the fragment means
// the same whatever $ORIGIN it is pasted under (a relative name would become x.example.it.example.it).
// Each TXT value is split into quoted strings of at most 255 bytes on one line: BIND rejects longer
// strings, and a single line is read the same way by every importer.

export function zoneFragment(records: DnsRecord[], options: { comment?: string } = {}): string {
  const lines = options.comment ? options.comment.split('\n').map((line) => `; ${line}`) : [];
  for (const record of records) {
    const data = record.type === 'TXT' ? quotedTxt(record.value) : `${record.value}.`;
    lines.push(`${record.name}. ${record.ttl} IN ${record.type} ${data}`);
  }
  return `${lines.join('\n')}\n`;
}
