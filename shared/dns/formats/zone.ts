import type { DnsRecord } from '../records';
import { splitTxt } from '../txt';

// A zone-file fragment for panels that import BIND files (Cloudflare, Hetzner, Route 53) and for the
// person who edits the zone by hand. Owner names are absolute with the final dot, so the fragment means
// the same whatever $ORIGIN it is pasted under (a relative name would become x.example.it.example.it).
// Each TXT value is split into quoted strings of at most 255 bytes on one line: BIND rejects longer
// strings, and a single line is read the same way by every importer.
// Inside the quotes, anything that is not printable is written as \DDD, its bytes in decimal (RFC 1035
// §5.1): a CR, VT or ESC pasted into a value can then neither split the record line nor reach the
// terminal of whoever views the file, and BIND reads back the same bytes.

const encoder = new TextEncoder();

/** C0 controls, DEL and the C1 controls (U+0080–U+009F), which some terminals obey too. */
function notPrintable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function zoneString(chunk: string): string {
  let text = '';
  for (const char of chunk) {
    if (char === '"' || char === '\\') text += `\\${char}`;
    else if (notPrintable(char)) for (const byte of encoder.encode(char)) text += `\\${String(byte).padStart(3, '0')}`;
    else text += char;
  }
  return `"${text}"`;
}

/** Quoted strings of at most 255 bytes each (counted before escaping: the limit is on the wire). */
function zoneTxt(value: string): string {
  return splitTxt(value).map(zoneString).join(' ');
}

export function zoneFragment(records: DnsRecord[], options: { comment?: string } = {}): string {
  const lines = options.comment ? options.comment.split('\n').map((line) => `; ${line}`) : [];
  for (const record of records) {
    const data = record.type === 'TXT' ? zoneTxt(record.value) : `${record.value}.`;
    lines.push(`${record.name}. ${record.ttl} IN ${record.type} ${data}`);
  }
  return `${lines.join('\n')}\n`;
}
