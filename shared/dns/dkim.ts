import { AppError } from '../errors';
import { readPastedValue } from './txt';

// A DKIM key record is a tag list ("k=rsa; p=MIIB..."). Mailjet's value is published exactly as given;
// reading it as tags is only for comparing what DNS returns and for catching a key cut short by a
// copy-paste or by a panel that keeps the first 255 characters.

export function parseTagList(value: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim().toLowerCase();
    if (name && !tags.has(name)) tags.set(name, part.slice(eq + 1).trim());
  }
  return tags;
}

export interface DkimKey {
  keyType: string;
  /** Base64 with the folding whitespace removed. */
  publicKey: string;
}

export function parseDkim(value: string): DkimKey | null {
  const tags = parseTagList(value);
  const p = tags.get('p');
  if (p === undefined) return null;
  return { keyType: (tags.get('k') ?? 'rsa').toLowerCase(), publicKey: p.replace(/\s+/g, '') };
}

function base64Bytes(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * Whether an RSA key decodes to one whole DER structure: its outer SEQUENCE length must account for
 * every byte. A key cut short fails this, whatever length it was cut at. Ed25519 keys are raw 32 bytes.
 */
export function dkimKeyIsWhole(key: DkimKey): boolean {
  const bytes = base64Bytes(key.publicKey);
  if (!bytes) return false;
  if (key.keyType === 'ed25519') return bytes.length === 32;
  if (bytes.length < 2 || bytes[0] !== 0x30) return false;
  const first = bytes[1]!;
  if (first < 0x80) return bytes.length === 2 + first;
  const octets = first & 0x7f;
  if (octets < 1 || octets > 3 || bytes.length < 2 + octets) return false;
  let length = 0;
  for (let i = 0; i < octets; i += 1) length = length * 256 + bytes[2 + i]!;
  return bytes.length === 2 + octets + length;
}

/** The value to publish, from what was pasted: quotes of a zone-file copy joined, nothing else changed. */
export function readDkimValue(text: string): string {
  const value = readPastedValue(text);
  const key = parseDkim(value);
  if (!key || !key.publicKey) throw new AppError('dns.dkim-invalid');
  if (!dkimKeyIsWhole(key)) throw new AppError('dns.dkim-truncated', { length: key.publicKey.length });
  return value;
}

/** Same key and key type, whatever the spacing, tag order or extra tags such as v=DKIM1. */
export function sameDkimKey(a: DkimKey, b: DkimKey): boolean {
  return a.keyType === b.keyType && a.publicKey === b.publicKey;
}
