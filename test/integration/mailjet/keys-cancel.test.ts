import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '@main/core/dispatch';
import { startMailjetStandIn, type MailjetStandIn } from '@main/sandbox/mailjet/server';
import { testCore } from '../../support/core';
import { newAccount } from './harness';

// Checking or saving the keys waits on Mailjet (with retries, up to a minute when it is unreachable):
// the wizard's Cancel must reach the call in flight through the operation id.

let standIn: MailjetStandIn | undefined;
afterEach(async () => {
  await standIn?.stop();
  standIn = undefined;
});

async function hungCore() {
  const account = newAccount();
  standIn = await startMailjetStandIn({ accounts: [account] });
  standIn.control.fail({ fault: { kind: 'hang' }, times: 5 });
  const { core, deps } = testCore({ endpoints: { mailjetApiUrl: standIn.url } });
  return { core, deps, account, hung: standIn };
}

/** Starts the call, cancels it once Mailjet has the request, and gives the call's result. */
async function cancelWhileWaiting(
  core: ReturnType<typeof testCore>['core'],
  hung: MailjetStandIn,
  channel: 'mailjetVerify' | 'mailjetSaveKeys',
  input: unknown,
) {
  const running = dispatch(core, channel, input, { operationId: 'wizard-cancel-01' });
  await expect.poll(() => hung.requests.length).toBeGreaterThan(0);
  expect(core.operations.cancel('wizard-cancel-01')).toBe(true);
  return running;
}

describe('cancelling the Mailjet key checks', () => {
  it('stops a check of the saved pair that Mailjet does not answer', async () => {
    const { core, deps, account, hung } = await hungCore();
    deps.settings.patch({ mailjet: { apiKey: account.apiKey } });
    await deps.keychain.set('mailjet', account.secretKey);
    expect(await cancelWhileWaiting(core, hung, 'mailjetVerify', {})).toEqual({
      ok: false,
      error: { code: 'app.cancelled' },
    });
  });

  it('stops a save before anything is stored', async () => {
    const { core, deps, account, hung } = await hungCore();
    const result = await cancelWhileWaiting(core, hung, 'mailjetSaveKeys', {
      apiKey: account.apiKey,
      secretKey: account.secretKey,
    });
    expect(result).toEqual({ ok: false, error: { code: 'app.cancelled' } });
    expect(await deps.keychain.get('mailjet')).toBeNull();
    expect(deps.settings.read().mailjet?.apiKey).toBeUndefined();
  });
});
