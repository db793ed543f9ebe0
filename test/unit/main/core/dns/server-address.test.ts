import { describe, expect, it } from 'vitest';
import { parseServerAddress } from '@main/core/dns/server-address';
import { appErrorOf } from '@test/unit/shared/dns/expect-app-error';

describe('parseServerAddress', () => {
  it.each([
    ['192.0.2.53', '192.0.2.53:53'],
    [' 127.0.0.1:5353 ', '127.0.0.1:5353'],
    ['2001:db8::53', '[2001:db8::53]:53'],
    ['[2001:db8::53]:5353', '[2001:db8::53]:5353'],
  ])('reads %j as %j', (raw, spec) => {
    expect(parseServerAddress(raw).spec).toBe(spec);
  });

  it.each(['dns.google', '1.2.3', '127.0.0.1:0', '127.0.0.1:70000', '[::1', ''])(
    'refuses %j with a clear code',
    (raw) => {
      expect(appErrorOf(() => parseServerAddress(raw)).code).toBe('dns.invalid-resolver');
    },
  );
});
