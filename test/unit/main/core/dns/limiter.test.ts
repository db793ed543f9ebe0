import { describe, expect, it } from 'vitest';
import { createLimiter } from '@main/core/dns/limiter';

async function maxInFlight(concurrency: number, tasks: number): Promise<number> {
  const run = createLimiter(concurrency);
  let active = 0;
  let peak = 0;
  await Promise.all(
    Array.from({ length: tasks }, () =>
      run(async () => {
        active += 1;
        peak = Math.max(peak, active);
        await new Promise((resolve) => setImmediate(resolve));
        active -= 1;
      }),
    ),
  );
  return peak;
}

describe('createLimiter', () => {
  it('runs one at a time for the sequential baseline', async () => {
    expect(await maxInFlight(1, 10)).toBe(1);
  });

  it('never exceeds its limit, even as tasks hand over their slots', async () => {
    expect(await maxInFlight(3, 20)).toBe(3);
  });

  it('runs everything at once without a limit', async () => {
    expect(await maxInFlight(Number.POSITIVE_INFINITY, 12)).toBe(12);
  });

  it('passes results and failures through', async () => {
    const run = createLimiter(1);
    await expect(run(async () => 42)).resolves.toBe(42);
    await expect(run(async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await expect(run(async () => 'still running')).resolves.toBe('still running');
  });
});
