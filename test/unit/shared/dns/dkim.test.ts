import { describe, expect, it } from 'vitest';
import { dkimKeyIsWhole, parseDkim, readDkimValue, sameDkimKey } from '@shared/dns/dkim';
import { splitTxt } from '@shared/dns/txt';
import { appErrorOf } from './expect-app-error';
import { dkimValue } from './keys';

const key2048 = dkimValue(2048);
const key1024 = dkimValue(1024);

describe('DKIM keys', () => {
  it('reads key type and key from the tag list, whatever the spacing', () => {
    expect(parseDkim('v=DKIM1;k=rsa ;  p=AB CD')).toEqual({ keyType: 'rsa', publicKey: 'ABCD' });
    expect(parseDkim('p=ABCD')?.keyType).toBe('rsa');
    expect(parseDkim('v=spf1 -all')).toBeNull();
  });

  it('sees a whole 1024- and 2048-bit key as whole', () => {
    expect(dkimKeyIsWhole(parseDkim(key1024)!)).toBe(true);
    expect(dkimKeyIsWhole(parseDkim(key2048)!)).toBe(true);
  });

  it('sees a key cut at 255 characters, or anywhere else, as incomplete', () => {
    for (const cut of [splitTxt(key2048)[0]!, key2048.slice(0, -4), key2048.slice(0, 100)]) {
      expect(dkimKeyIsWhole(parseDkim(cut)!), `${cut.length} characters`).toBe(false);
    }
  });

  it('accepts a 32-byte Ed25519 key', () => {
    expect(dkimKeyIsWhole({ keyType: 'ed25519', publicKey: btoa('x'.repeat(32)) })).toBe(true);
  });

  it('compares keys by meaning: v=DKIM1 and spaces do not matter, another key does', () => {
    const published = `v=DKIM1; ${key2048.replace('p=', 'p= ')}`;
    expect(sameDkimKey(parseDkim(published)!, parseDkim(key2048)!)).toBe(true);
    expect(sameDkimKey(parseDkim(key1024)!, parseDkim(key2048)!)).toBe(false);
  });
});

describe('readDkimValue', () => {
  it("keeps Mailjet's value exactly as given", () => {
    expect(readDkimValue(`  ${key2048}  `)).toBe(key2048);
  });

  it('joins a value copied from a zone file in quoted parts', () => {
    const quoted = splitTxt(key2048)
      .map((part) => `"${part}"`)
      .join(' ');
    expect(readDkimValue(quoted)).toBe(key2048);
  });

  it('refuses something that is no key, and a key cut short', () => {
    expect(appErrorOf(() => readDkimValue('v=spf1 -all')).code).toBe('dns.dkim-invalid');
    expect(appErrorOf(() => readDkimValue('k=rsa; p=')).code).toBe('dns.dkim-invalid');
    const truncated = appErrorOf(() => readDkimValue(splitTxt(key2048)[0]!));
    expect(truncated.code).toBe('dns.dkim-truncated');
    expect(truncated.params.length).toBe(246);
  });
});
