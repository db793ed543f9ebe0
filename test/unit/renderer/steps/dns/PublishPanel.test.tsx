// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PublishPlan } from '@shared/contract/publish';
import { cloudflareTokenTemplateUrl } from '@shared/dns/cloudflare-token';
import { PublishPanel } from '@renderer/steps/dns/PublishPanel';
import { ok, refused } from '../../support/fake-assistant';
import { harness, renderIn } from '../../support/render';

// "Publish the records for me" with Cloudflare over a fake transport: the token form opens Cloudflare's
// pre-filled Create Token page, a pasted token is checked without a click, the Zone ID is asked for only
// when the token cannot find the zone by name, and the plan is read as soon as a token is at hand.

afterEach(cleanup);

const TOKEN = 'tokenTokenTokenTokenTokenTokenTokenToken';
const ZONE_ID = '0123456789abcdef0123456789abcdef';
const REQUEST = { domain: 'example.com' };

const PLAN: PublishPlan = {
  provider: 'cloudflare',
  zone: 'example.com',
  changes: [
    {
      purpose: 'dmarc',
      action: 'create',
      type: 'TXT',
      name: '_dmarc.example.com',
      value: 'v=DMARC1; p=none',
      ttl: 1,
    },
  ],
  unchanged: [],
  pending: [],
  decisions: [],
  requests: 2,
};

/** A keychain that starts empty and holds the token once a save is accepted. */
function cloudflareAnswers(options: { saved?: boolean; save?: () => ReturnType<typeof refused> | undefined } = {}) {
  let saved = options.saved ?? false;
  return {
    dnsPublishStatus: () => ok({ saved, ...(saved ? { source: 'keychain' as const, zone: 'example.com' } : {}) }),
    dnsPublishSaveCredential: () => {
      const refusal = options.save?.();
      if (refusal) return refusal;
      saved = true;
      return ok({
        saved: true as const,
        provider: 'cloudflare' as const,
        zone: 'example.com',
        source: 'keychain' as const,
      });
    },
    dnsPublishPlan: () => ok(PLAN),
    dnsPublishApply: () =>
      ok({ ...PLAN, applied: PLAN.changes.map((change) => ({ ...change, id: 'r1' })), writes: 1, refreshed: false }),
  };
}

describe('publishing through Cloudflare', () => {
  it("opens Cloudflare's Create Token form pre-filled, and asks for no Zone ID up front (Italian)", async () => {
    const h = await harness({ language: 'it', answers: cloudflareAnswers() });
    renderIn(h, <PublishPanel provider="cloudflare" request={REQUEST} onPublished={() => {}} />);
    const open = await screen.findByRole('link', { name: 'Apri Cloudflare' });
    expect(open.getAttribute('href')).toBe(cloudflareTokenTemplateUrl());
    expect(open.getAttribute('target')).toBe('_blank');
    expect(open.getAttribute('rel')).toContain('noopener');
    expect(screen.getByLabelText('Token API')).toBeTruthy();
    expect(screen.queryByLabelText('Zone ID')).toBeNull();
  });

  it('checks a pasted token without a click, then reads the plan without a click', async () => {
    const h = await harness({ answers: cloudflareAnswers() });
    renderIn(h, <PublishPanel provider="cloudflare" request={REQUEST} onPublished={() => {}} />);
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('API token'));
    await user.paste(TOKEN);
    await screen.findByText('What will change in example.com');
    const saves = h.fake.calls.filter((call) => call.channel === 'dnsPublishSaveCredential');
    expect(saves.map((call) => call.input)).toEqual([
      { token: TOKEN, sessionOnly: false, provider: 'cloudflare', domain: 'example.com' },
    ]);
    expect(h.fake.count('dnsPublishPlan')).toBe(1);
    expect(screen.getByRole('button', { name: 'Publish these 1 changes' })).toBeTruthy();
    // The saved token leaves the page.
    expect(screen.queryByLabelText('API token')).toBeNull();
  });

  it('asks for the Zone ID only when the token cannot find the zone by name, keeping the token for the retry', async () => {
    let refuse = true;
    const h = await harness({
      answers: cloudflareAnswers({
        save: () => (refuse ? refused('publish.zone-id-needed', { zone: 'example.com' }) : undefined),
      }),
    });
    renderIn(h, <PublishPanel provider="cloudflare" request={REQUEST} onPublished={() => {}} />);
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('API token'));
    await user.paste(TOKEN);
    const zoneId = await screen.findByLabelText('Zone ID');
    expect((await screen.findByRole('alert')).textContent).toContain('no Zone ▸ Zone ▸ Read permission');
    expect((screen.getByLabelText('API token') as HTMLInputElement).value).toBe(TOKEN);
    expect(h.fake.count('dnsPublishPlan')).toBe(0);
    // Dismissing the explanation keeps the field it asked for.
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('Zone ID')).toBe(zoneId);

    refuse = false;
    await user.click(zoneId);
    await user.paste(ZONE_ID);
    await screen.findByText('What will change in example.com');
    const last = h.fake.calls.filter((call) => call.channel === 'dnsPublishSaveCredential').at(-1);
    expect(last?.input).toMatchObject({ token: TOKEN, zoneId: ZONE_ID });
  });

  it('with a token already saved, reads the plan once on opening; publishing hands over to the check', async () => {
    const onPublished = vi.fn();
    const h = await harness({ answers: cloudflareAnswers({ saved: true }) });
    renderIn(h, <PublishPanel provider="cloudflare" request={REQUEST} onPublished={onPublished} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Publish these 1 changes' }));
    await screen.findByText('Published: 1 changes. The check below follows by itself.');
    expect(onPublished).toHaveBeenCalledTimes(1);
    expect(h.fake.count('dnsPublishPlan')).toBe(1);
    // Reading the zone again stays one click away.
    await user.click(screen.getByRole('button', { name: 'Read the zone again' }));
    await waitFor(() => expect(h.fake.count('dnsPublishPlan')).toBe(2));
  });
});
