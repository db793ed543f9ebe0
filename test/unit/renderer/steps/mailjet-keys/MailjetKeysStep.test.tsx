// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '@shared/settings';
import { MailjetKeysStep } from '@renderer/steps/mailjet-keys/MailjetKeysStep';
import { ok, refused } from '../../support/fake-assistant';
import { harness, renderIn } from '../../support/render';

// The Mailjet keys form and its hook over a fake transport: required fields, the problem shown and
// focused, a refusal explained in the user's language, and what the step shows after a save.

afterEach(cleanup);

const API_KEY = 'a1b2c3d4e5f6a7b8';

describe('the Mailjet keys step', () => {
  it('asks for the secret key, says so next to the field and puts the cursor there (Italian)', async () => {
    const h = await harness({ language: 'it', progress: { current: 'mailjet-keys' } });
    renderIn(h, <MailjetKeysStep />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Chiave API'), API_KEY);
    await user.click(screen.getByRole('button', { name: 'Verifica e salva' }));
    const secret = screen.getByLabelText('Chiave segreta');
    expect(secret.getAttribute('aria-invalid')).toBe('true');
    const described = secret
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Incolla anche la chiave segreta.');
    expect(document.activeElement).toBe(secret);
    expect(h.fake.count('mailjetSaveKeys')).toBe(0);
  });

  it('puts the cursor on the API key when it does not look like one', async () => {
    const h = await harness({ progress: { current: 'mailjet-keys' } });
    renderIn(h, <MailjetKeysStep />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('API key'), 'not a key!');
    await user.type(screen.getByLabelText('Secret key'), 'secret-secret-secret');
    await user.click(screen.getByRole('button', { name: 'Check and save' }));
    expect(document.activeElement).toBe(screen.getByLabelText('API key'));
    expect(screen.getByLabelText('API key').getAttribute('aria-invalid')).toBe('true');
  });

  it('explains a pair Mailjet refuses in Italian, keeps the API key and forgets the secret', async () => {
    const h = await harness({
      language: 'it',
      progress: { current: 'mailjet-keys' },
      answers: { mailjetSaveKeys: () => refused('mailjet.auth', { host: 'api.mailjet.com' }) },
    });
    renderIn(h, <MailjetKeysStep />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Chiave API'), API_KEY);
    await user.type(screen.getByLabelText('Chiave segreta'), 'secret-secret-secret');
    await user.click(screen.getByRole('button', { name: 'Verifica e salva' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Mailjet (api.mailjet.com) ha rifiutato la chiave API e la chiave segreta.');
    expect(alert.textContent).not.toContain('mailjet.auth');
    expect((screen.getByLabelText('Chiave API') as HTMLInputElement).value).toBe(API_KEY);
    expect((screen.getByLabelText('Chiave segreta') as HTMLInputElement).value).toBe('');
  });

  it('shows the saved pair once Mailjet accepts it, read back from the core (settings and keychain)', async () => {
    let settings: Settings = {};
    let saved = false;
    const h = await harness({
      progress: { current: 'mailjet-keys' },
      answers: {
        settingsRead: () => ok(settings),
        keychainStatus: () =>
          ok({
            available: true,
            secrets: {
              mailjet: saved ? { saved: true, endsWith: 'cret', source: 'keychain' } : { saved: false },
              odoo: { saved: false },
            },
          }),
        mailjetSaveKeys: ({ apiKey, region }) => {
          settings = { mailjet: { apiKey, region: region ?? 'default' } };
          saved = true;
          return ok({ host: 'api.mailjet.com', senderCount: 0, saved: true, source: 'keychain' } as never);
        },
      },
    });
    renderIn(h, <MailjetKeysStep />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('API key'), API_KEY);
    await user.type(screen.getByLabelText('Secret key'), 'secret-secret-secret');
    await user.click(screen.getByRole('button', { name: 'Check and save' }));
    const card = (await screen.findByRole('heading', { name: 'Saved keys' })).closest('section')!;
    // The saved key is shown beside its label, as the user reads it.
    expect(within(card).getByText('API key', { selector: 'dt' }).nextElementSibling?.textContent).toBe(API_KEY);
    await waitFor(() => expect(card.textContent).toContain('…cret'));
    expect(screen.queryByLabelText('Secret key')).toBeNull();
  });

  it('asks Mailjet as soon as the second key is pasted, without a click on Check and save', async () => {
    const h = await harness({
      progress: { current: 'mailjet-keys' },
      answers: {
        mailjetSaveKeys: () =>
          ok({ host: 'api.mailjet.com', senderCount: 0, saved: true, source: 'keychain' } as never),
      },
    });
    renderIn(h, <MailjetKeysStep />);
    const user = userEvent.setup();
    // The secret first, then the API key: whichever comes second starts the check.
    await user.click(await screen.findByLabelText('Secret key'));
    await user.paste('secret-secret-secret');
    expect(h.fake.count('mailjetSaveKeys')).toBe(0);
    await user.click(screen.getByLabelText('API key'));
    await user.paste(` ${API_KEY}\n`);
    await waitFor(() => expect(h.fake.count('mailjetSaveKeys')).toBe(1));
    expect(h.fake.calls.find((call) => call.channel === 'mailjetSaveKeys')?.input).toMatchObject({
      apiKey: API_KEY,
      secretKey: 'secret-secret-secret',
    });
  });

  it('leaves a paste that does not make a whole pair for the button', async () => {
    const h = await harness({ progress: { current: 'mailjet-keys' } });
    renderIn(h, <MailjetKeysStep />);
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('API key'));
    await user.paste(API_KEY);
    await user.click(screen.getByLabelText('Secret key'));
    await user.paste('short');
    expect((screen.getByLabelText('Secret key') as HTMLInputElement).value).toBe('short');
    expect(h.fake.count('mailjetSaveKeys')).toBe(0);
  });

  it('without a keychain, says why and offers this session only', async () => {
    const h = await harness({
      progress: { current: 'mailjet-keys' },
      answers: {
        keychainStatus: () =>
          ok({
            available: false,
            errorCode: 'keychain.locked',
            secrets: { mailjet: { saved: false }, odoo: { saved: false } },
          }),
      },
    });
    renderIn(h, <MailjetKeysStep />);
    expect((await screen.findByRole('alert')).textContent).toContain('The system keychain is locked');
    expect(screen.getByRole('button', { name: /this session/i })).toBeTruthy();
  });
});
