import { createHash } from 'node:crypto';

// OVHcloud's request signature, as its official client computes it (ovh/node-ovh lib/ovh.js,
// signRequest): "$1$" + SHA-1 in hex of the application secret, the consumer key, the method, the full
// URL (query included), the body ("" when there is none) and the timestamp, joined with "+".

export function ovhSignature(parts: {
  applicationSecret: string;
  consumerKey: string;
  method: string;
  url: string;
  body: string;
  timestamp: number | string;
}): string {
  const text = [
    parts.applicationSecret,
    parts.consumerKey,
    parts.method,
    parts.url,
    parts.body,
    String(parts.timestamp),
  ].join('+');
  return `$1$${createHash('sha1').update(text).digest('hex')}`;
}

/** node-ovh escapes every non-ASCII character of a JSON body as \uXXXX before signing and sending it. */
export function ovhJsonBody(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uFFFF]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
