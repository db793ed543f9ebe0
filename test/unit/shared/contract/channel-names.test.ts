import { describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/contract';
import { CHANNEL_NAMES, type SameNames } from '@shared/contract/channel-names';

describe('the zod-free channel names', () => {
  it('are exactly the contract channels, each once', () => {
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length);
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(CHANNELS).sort());
  });

  it('are checked both ways by the type checker (npm run typecheck fails on a difference)', () => {
    // Each line below must fail to compile; if the check stopped failing, tsc would report the unused directive.
    type MustHold<T extends true> = T;
    // @ts-expect-error a channel in the contract without its name in the list
    type Missing = MustHold<SameNames<'appInfo', 'appInfo' | 'odooSaveLogin'>>;
    // @ts-expect-error a name in the list that the contract has not
    type Stale = MustHold<SameNames<'appInfo' | 'odooSaveLogin', 'appInfo'>>;
    type Same = MustHold<SameNames<'appInfo' | 'cancel', 'cancel' | 'appInfo'>>;
    const same: Same = true;
    expect([same, undefined as Missing | Stale | undefined]).toEqual([true, undefined]);
  });
});
