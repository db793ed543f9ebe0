import { afterEach, describe, expect, it } from 'vitest';
import { createMailjetHandlers } from '@main/core/mailjet/handlers';
import { createOsKeychain, type Keychain } from '@main/host/keychain';
import { FAST, hex, startHarness, type Harness } from './harness';

// The same promise as with the in-memory keychain, on a real Secret Service: the pair lands in the
// OS keychain only after Mailjet accepted it, and setup reads it back from there.

let h: Harness | undefined;
let keychain: Keychain | undefined;
afterEach(async () => {
  await keychain?.forget('mailjet');
  await h?.close();
});

describe.skipIf(!process.env.ASSISTANT_TEST_KEYRING)('Mailjet keys in the OS keychain', () => {
  it('stores only an accepted pair, and setup uses it', async () => {
    h = await startHarness({ storeKeys: false });
    keychain = createOsKeychain(`test-mailjet-${hex(6)}`);
    const handlers = createMailjetHandlers({ ...h.deps, keychain }, FAST);
    await expect(
      handlers.mailjetSaveKeys({ apiKey: h.account.apiKey, secretKey: 'wrong-secret-000' }, h.context()),
    ).rejects.toMatchObject({ code: 'mailjet.auth' });
    expect(await keychain.get('mailjet')).toBeNull();
    await handlers.mailjetSaveKeys({ apiKey: h.account.apiKey, secretKey: h.account.secretKey }, h.context());
    expect(await keychain.get('mailjet')).toBe(h.account.secretKey);
    const report = await handlers.mailjetSetup({ domain: 'example.it' }, h.context());
    expect(report.senders).toHaveLength(4);
  });
});
