// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '@shared/contract';
import { OdooConnectionStep } from '@renderer/steps/odoo-connection/OdooConnectionStep';
import { ok, refused } from '../../support/fake-assistant';
import { harness, renderIn } from '../../support/render';

// The Odoo connection form and its hooks over a fake transport: required fields, refusals tied to the
// field they are about, and the login (a typed password goes to the core, which keeps it only once Odoo
// has accepted it).

afterEach(cleanup);

const INFO = {
  url: 'https://erp.example.com',
  db: 'erp',
  login: 'admin@example.com',
  version: { major: 17, minor: 0, saas: false, label: '17.0' },
  transport: 'xml-rpc',
  support: 'supported',
  notices: [],
  neutralized: false,
  addresses: null,
  servers: [],
  massMailing: { installed: false, dedicated: false },
  features: { encryptionChoices: ['none', 'ssl_strict'], commandLineServer: true },
} as unknown as ChannelOutput<'odooConnect'>;

async function fill(
  user: ReturnType<typeof userEvent.setup>,
  values: { url?: string; db?: string; login?: string; password?: string },
) {
  if (values.url) await user.type(await screen.findByLabelText('Odoo address'), values.url);
  if (values.db) await user.type(screen.getByLabelText('Database'), values.db);
  if (values.login) await user.type(screen.getByLabelText('Login'), values.login);
  if (values.password) await user.type(screen.getByLabelText('Password or API key'), values.password);
}

describe('the Odoo connection step', () => {
  it('names every missing field, describes each control by its problem and focuses the first', async () => {
    const h = await harness({ progress: { current: 'odoo-connection' } });
    renderIn(h, <OdooConnectionStep />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Connect' }));
    const url = screen.getByLabelText('Odoo address');
    expect(document.activeElement).toBe(url);
    for (const [label, problem] of [
      ['Odoo address', 'Enter the address you open Odoo with.'],
      ['Database', 'Give the name of the database.'],
      ['Login', 'Give the login of an administrator.'],
      ['Password or API key', 'Type the password or the API key.'],
    ] as const) {
      const control = screen.getByLabelText(label);
      expect(control.getAttribute('aria-invalid'), label).toBe('true');
      const ids = control.getAttribute('aria-describedby')!.split(' ');
      expect(ids.map((id) => document.getElementById(id)?.textContent)).toContain(problem);
    }
    expect(h.fake.count('odooConnect')).toBe(0);
    expect(h.fake.count('keychainSave')).toBe(0);
  });

  it('hands a typed password to the core with the details in one call, which logs in before keeping it', async () => {
    let saved = false;
    const h = await harness({
      progress: { current: 'odoo-connection' },
      answers: {
        odooSaveLogin: () => {
          saved = true;
          return ok({ ...INFO, saved: true, source: 'keychain', endsWith: 'word' } as never);
        },
        keychainStatus: () =>
          ok({
            available: true,
            secrets: {
              mailjet: { saved: false },
              odoo: saved ? { saved: true, endsWith: 'word', source: 'keychain' } : { saved: false },
            },
          }),
        settingsWrite: ({ patch }) => ok(patch as never),
        odooDatabases: ({ url }) => ok({ url, listed: false, databases: [] }),
        odooConnect: () => ok(INFO),
      },
    });
    renderIn(h, <OdooConnectionStep />);
    const user = userEvent.setup();
    await fill(user, {
      url: 'https://erp.example.com',
      db: 'erp',
      login: 'admin@example.com',
      password: 'a-long-password',
    });
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await screen.findByText(/erp\.example\.com/, { selector: '.odoo-connection-connected' });
    expect(h.fake.calls.find((call) => call.channel === 'odooSaveLogin')?.input).toEqual({
      url: 'https://erp.example.com',
      db: 'erp',
      login: 'admin@example.com',
      password: 'a-long-password',
    });
    // The page never stores the password itself: the core does, once Odoo has accepted it.
    expect(h.fake.count('keychainSave')).toBe(0);
  });

  it('keeps nothing when Odoo refuses the typed password, explains it in Italian and puts the cursor back on the password', async () => {
    const h = await harness({
      language: 'it',
      progress: { current: 'odoo-connection' },
      answers: {
        odooSaveLogin: () => refused('odoo.auth', { login: 'admin@example.com' }),
        settingsWrite: ({ patch }) => ok(patch as never),
        odooDatabases: ({ url }) => ok({ url, listed: false, databases: [] }),
        odooConnect: () => ok(INFO),
      },
    });
    renderIn(h, <OdooConnectionStep />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Indirizzo di Odoo'), 'https://erp.example.com');
    await user.type(screen.getByLabelText('Database'), 'erp');
    await user.type(screen.getByLabelText('Login'), 'admin@example.com');
    await user.type(screen.getByLabelText('Password o chiave API'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Connetti' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Odoo non ha accettato il login «admin@example.com» con questa password o chiave API.',
    );
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Password o chiave API')));
    expect(h.fake.count('keychainSave')).toBe(0);
    expect(h.fake.count('keychainForget')).toBe(0);
    expect((screen.getByLabelText('Login') as HTMLInputElement).value).toBe('admin@example.com');
  });
});
