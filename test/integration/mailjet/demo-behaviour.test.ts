import { afterEach, describe, expect, it } from 'vitest';
import { mailjetChannels } from '@shared/contract/mailjet';
import { DEMO_MAILJET_ACCOUNT } from '@main/sandbox/mailjet/demo-account';
import { startHarness, type Harness } from './harness';

// What the demo's Mailjet stand-in does differently: the first failed domain validation stands for
// "the user went and published the records", so the wizard shows pending once, then validated.

let h: Harness;
afterEach(async () => {
  await h?.close();
});

describe('the demo stand-in', () => {
  it('validates the domain on the second run, as if the records had been published meanwhile', async () => {
    h = await startHarness({ standIn: { publishAfterFailedValidation: true } });
    const first = await h.handlers.mailjetSetup({ domain: 'demo.example.it' }, h.context());
    expect(first.domainValidated).toBe(false);
    const second = await h.handlers.mailjetSetup({ domain: 'demo.example.it' }, h.context());
    expect(second).toMatchObject({ domainValidated: true, complete: true });
  });

  it('accepts the demo key pair typed into the keys form, and nothing else', async () => {
    h = await startHarness({ account: { ...DEMO_MAILJET_ACCOUNT }, storeKeys: false });
    const input = mailjetChannels.mailjetSaveKeys.input.parse({
      apiKey: DEMO_MAILJET_ACCOUNT.apiKey,
      secretKey: DEMO_MAILJET_ACCOUNT.secretKey,
    });
    expect(await h.handlers.mailjetSaveKeys(input, h.context())).toMatchObject({
      saved: true,
      apiKey: DEMO_MAILJET_ACCOUNT.apiKey,
    });
    await expect(
      h.handlers.mailjetSaveKeys({ ...input, secretKey: 'a-real-looking-secret' }, h.context()),
    ).rejects.toMatchObject({ code: 'mailjet.auth' });
  });
});
