import { describe, expect, it, vi } from 'vitest';
import { dropTokenFromAddress } from '@main/web/page/address-token';

const history = (state: unknown = null) => ({ state, replaceState: vi.fn() });

describe('dropping the access token from the address', () => {
  it('replaces the address with the same one without the token, keeping the rest', () => {
    const h = history({ step: 2 });
    expect(
      dropTokenFromAddress({ href: 'http://0123456789abcdef.localhost:4100/?lang=it&token=s3cr3t-token#top' }, h),
    ).toBe(true);
    expect(h.replaceState).toHaveBeenCalledWith({ step: 2 }, '', 'http://0123456789abcdef.localhost:4100/?lang=it#top');
    expect(String(h.replaceState.mock.calls[0]![2])).not.toContain('s3cr3t');
  });

  it('leaves an address without a token alone', () => {
    const h = history();
    expect(dropTokenFromAddress({ href: 'http://127.0.0.1:4100/' }, h)).toBe(false);
    expect(h.replaceState).not.toHaveBeenCalled();
  });

  it('stays on the same origin even for a path that looks like another host', () => {
    const h = history();
    dropTokenFromAddress({ href: 'http://127.0.0.1:4100//evil.example/?token=x' }, h);
    expect(new URL(String(h.replaceState.mock.calls[0]![2])).host).toBe('127.0.0.1:4100');
  });
});
