import { X509Certificate } from 'node:crypto';
import { createSecureContext } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { makeThrowawayCertificate } from '@main/sandbox/mailjet/tls-certificate';

// The relay's certificate is made at every start of the demo: it must load whatever the random bytes are.

describe('the relay certificate', () => {
  it.each([
    ['all zero', 0x00],
    ['all 0xff', 0xff],
  ])('loads into a TLS context with random bytes %s', async (_name, fill) => {
    const { cert, key } = await makeThrowawayCertificate('in-v3.mailjet.com', 60_000, (bytes) => bytes.fill(fill));
    expect(() => createSecureContext({ cert, key })).not.toThrow();
    const parsed = new X509Certificate(cert);
    expect(parsed.subjectAltName).toBe('DNS:in-v3.mailjet.com');
    expect(parsed.checkHost('in-v3.mailjet.com')).toBe('in-v3.mailjet.com');
  });
});
