import { afterEach, describe, expect, it, vi } from 'vitest';
import { copySecretBriefly } from '@main/core/copy-secret';
import { createMemoryClipboard } from '@test/support/doubles';

afterEach(() => vi.useRealTimers());

describe('copying a secret briefly', () => {
  it('wipes the clipboard after the delay', async () => {
    vi.useFakeTimers();
    const clipboard = createMemoryClipboard();
    await copySecretBriefly(clipboard, 'the-secret-value', 45);
    expect(clipboard.text).toBe('the-secret-value');
    await vi.advanceTimersByTimeAsync(45_000);
    expect(clipboard.text).toBe('');
  });

  it('leaves alone whatever the user copied in the meantime', async () => {
    vi.useFakeTimers();
    const clipboard = createMemoryClipboard();
    await copySecretBriefly(clipboard, 'the-secret-value', 45);
    await clipboard.writeText('something the user copied');
    await vi.advanceTimersByTimeAsync(45_000);
    expect(clipboard.text).toBe('something the user copied');
  });
});
