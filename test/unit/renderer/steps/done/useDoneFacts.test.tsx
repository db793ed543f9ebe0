// @vitest-environment jsdom
import { cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDoneFacts } from '@renderer/steps/done/useDoneFacts';
import { ok } from '../../support/fake-assistant';
import { harness, renderHookIn } from '../../support/render';

// The last step reads everything afresh once as it opens, then settles: the reads must not start over
// on every render (a read-again function that changed identity each render once kept it "reading").

afterEach(cleanup);

describe('the last step’s facts', () => {
  it('read the settings and the keychain once more on open, check the saved keys with Mailjet, and settle', async () => {
    const h = await harness({
      progress: { current: 'done', path: 'automatic' },
      answers: {
        settingsRead: () => ok({ mailjet: { apiKey: 'abcdef1234', region: 'default' } }),
        keychainStatus: () =>
          ok({
            available: true,
            secrets: { mailjet: { saved: true, endsWith: 'abcd', source: 'keychain' }, odoo: { saved: false } },
          }),
        mailjetVerify: () => ok({ host: 'api.mailjet.com', senderCount: 1 } as never),
      },
    });
    const settingsReadsAtStart = h.fake.count('settingsRead');
    const { result } = renderHookIn(h, () => useDoneFacts());
    await waitFor(() => expect(result.current.running).toBe(false));
    expect(result.current.verify.result).toMatchObject({ host: 'api.mailjet.com' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(result.current.running).toBe(false);
    expect(h.fake.count('settingsRead') - settingsReadsAtStart).toBeLessThanOrEqual(2);
    expect(h.fake.count('mailjetVerify')).toBe(1);
    // Nothing to ask Odoo or Mailjet's senders about: no address, no domain saved.
    expect(h.fake.count('odooPlan')).toBe(0);
    expect(h.fake.count('mailjetStatus')).toBe(0);
  });
});
