import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@shared/errors';
import { createMemoryKeychain } from '@main/host/keychain';
import { dispatch } from '@main/core/dispatch';
import { testCore } from '@test/support/core';
import { forgetRememberedSecrets, rememberSecret } from '@main/core/redaction';
import {
  createConfBackend,
  openSettingsStore,
  settingsFilePath,
  SettingsStore,
  settingsStoreOptions,
} from '@main/host/settings';

vi.mock('electron', () => ({ default: {} }));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assistant-settings-'));
  forgetRememberedSecrets();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const open = () => openSettingsStore(dir);
const asideFiles = () => readdirSync(dir).filter((name) => name.startsWith('settings.json.invalid-'));
const onDisk = () => JSON.parse(readFileSync(settingsFilePath(dir), 'utf8'));

function refusal(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
  return undefined;
}

describe('settings', () => {
  it('keep the wizard progress across a restart of the core', () => {
    open().setProgress({ path: 'guided', current: 'dns', completed: ['welcome', 'mailjet-keys', 'senders'] });
    const reopened = open();
    expect(reopened.progress()).toEqual({
      path: 'guided',
      current: 'dns',
      completed: ['welcome', 'mailjet-keys', 'senders'],
    });
  });

  it('start at the welcome step on a first run', () => {
    expect(open().progress()).toEqual({ path: 'automatic', current: 'welcome', completed: [] });
  });

  it('refuse to write a field named like a secret, and leave the file as it was', () => {
    const store = open();
    store.patch({ dns: { domain: 'example.it' } });
    const before = readFileSync(settingsFilePath(dir), 'utf8');
    const code = refusal(() =>
      store.patch({ odoo: { url: 'https://x.odoo.com', password: 'hunter2-hunter2' } as never }),
    );
    expect(code).toBe('settings.secret-refused');
    expect(readFileSync(settingsFilePath(dir), 'utf8')).toBe(before);
  });

  it('refuse the stored Mailjet secret key pasted as the API key, naming the field', async () => {
    const keychain = createMemoryKeychain();
    await keychain.set('mailjet', 'abcdef0123456789abcdef0123456789');
    const store = open();
    expect(refusal(() => store.patch({ mailjet: { apiKey: 'abcdef0123456789abcdef0123456789' } }))).toBe(
      'settings.secret-refused',
    );
    let field: unknown;
    try {
      store.patch({ dns: { pastedMailjet: { ownershipValue: ' abcdef0123456789abcdef0123456789 ' } } });
    } catch (error) {
      field = (error as AppError).params.field;
    }
    expect(field).toBe('dns.pastedMailjet.ownershipValue');
  });

  it('save progress, language and connection when the Odoo password is "admin", like the login (admin/admin)', async () => {
    const keychain = createMemoryKeychain();
    await keychain.set('odoo', 'admin');
    const store = open();
    store.patch({ odoo: { url: 'https://admin.odoo.com', db: 'admin', login: 'admin' } });
    store.setLanguage('it');
    store.setProgress({ current: 'senders', completed: ['welcome', 'mailjet-keys', 'odoo-connection'] });
    expect(open().read()).toMatchObject({
      language: 'it',
      odoo: { url: 'https://admin.odoo.com', db: 'admin', login: 'admin' },
      wizard: { current: 'senders' },
    });
  });

  it('never refuse a key pair that Mailjet turned down and nobody stored', () => {
    // mailjetSaveKeys remembers what was typed (for scrubbing) before Mailjet answers.
    rememberSecret('abcdef0123456789abcdef0123456789');
    open().patch({ mailjet: { apiKey: 'abcdef0123456789abcdef0123456789' } });
    expect(open().read().mailjet?.apiKey).toBe('abcdef0123456789abcdef0123456789');
  });

  it('stop refusing a value once its secret is forgotten from the keychain', async () => {
    const keychain = createMemoryKeychain();
    await keychain.set('mailjet', 'abcdef0123456789abcdef0123456789');
    await keychain.forget('mailjet');
    open().patch({ mailjet: { apiKey: 'abcdef0123456789abcdef0123456789' } });
    expect(open().read().mailjet?.apiKey).toBe('abcdef0123456789abcdef0123456789');
  });

  it('name the field when a value does not fit the schema', () => {
    const code = refusal(() => open().patch({ mailjet: { apiKey: 'not a key!' } }));
    expect(code).toBe('settings.invalid');
  });

  it('merge a patch into its section without losing the other fields', () => {
    const store = open();
    store.patch({ odoo: { url: 'https://x.odoo.com', db: 'x' } });
    store.patch({ odoo: { login: 'admin@x.it' } });
    expect(store.read().odoo).toEqual({ url: 'https://x.odoo.com', db: 'x', login: 'admin@x.it' });
  });

  it('are read and written in the same format by electron-store (desktop) and conf (other faces)', async () => {
    const { default: ElectronStore } = await import('electron-store');
    const desktopStore = new ElectronStore(settingsStoreOptions(dir));
    // electron-store names the file after `name`, conf after `configName`: both must land on the one file.
    expect(desktopStore.path).toBe(settingsFilePath(dir));
    expect(createConfBackend(dir).path).toBe(settingsFilePath(dir));
    const desktop = new SettingsStore(desktopStore as never);
    desktop.setLanguage('it');
    desktop.setProgress({ current: 'senders', completed: ['welcome', 'mailjet-keys', 'odoo-connection'] });
    const cli = open();
    expect(cli.language()).toBe('it');
    expect(cli.progress().current).toBe('senders');
    cli.patch({ dns: { domain: 'esempio.it' } });
    expect(new SettingsStore(new ElectronStore(settingsStoreOptions(dir)) as never).read().dns).toEqual({
      domain: 'esempio.it',
    });
  });
});

describe('a settings file the schema refuses', () => {
  const valid = {
    language: 'it',
    wizard: { path: 'automatic', current: 'dns', completed: ['welcome', 'mailjet-keys', 'odoo-connection', 'senders'] },
    dns: { domain: 'esempio.it', provider: 'aruba' },
  };

  it('keeps every valid section and field, moves the original aside and says where', () => {
    writeFileSync(
      settingsFilePath(dir),
      JSON.stringify({ ...valid, odoo: { url: 'https://esempio.odoo.com', db: 42 }, unknown: true }),
    );
    const store = open();
    expect(store.read()).toEqual({ ...valid, odoo: { url: 'https://esempio.odoo.com' } });
    expect(onDisk()).toEqual({ ...valid, odoo: { url: 'https://esempio.odoo.com' } });
    expect(asideFiles()).toHaveLength(1);
    expect(store.recovery?.movedTo).toBe(join(dir, asideFiles()[0]!));
    expect(asideFiles()[0]).toMatch(/^settings\.json\.invalid-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
    // The copy holds what was refused, so nothing is lost.
    expect(JSON.parse(readFileSync(store.recovery!.movedTo, 'utf8'))).toMatchObject({
      odoo: { db: 42 },
      unknown: true,
    });
  });

  it('keeps a truncated file aside and starts from what could be read', () => {
    writeFileSync(settingsFilePath(dir), '{"language":"it","wizard":{"pa');
    const store = open();
    expect(store.read()).toEqual({});
    expect(readFileSync(store.recovery!.movedTo, 'utf8')).toBe('{"language":"it","wizard":{"pa');
  });

  it('masks a secret-looking field even in a file cut short', () => {
    writeFileSync(settingsFilePath(dir), '{"language":"it","mailjet":{"secretKey":"TOPSECRETVALUE123","apiKey":"abc');
    const copy = readFileSync(open().recovery!.movedTo, 'utf8');
    expect(copy).toBe('{"language":"it","mailjet":{"secretKey":"[secret]","apiKey":"abc');
  });

  it('scrubs secrets from the copy it keeps, and keeps the rest', async () => {
    const keychain = createMemoryKeychain();
    await keychain.set('odoo', 'odoo-password-in-a-file');
    writeFileSync(
      settingsFilePath(dir),
      JSON.stringify({
        language: 'it',
        mailjet: { apiKey: 'abcdef123456', secretKey: 'TOPSECRETVALUE123' },
        note: 'odoo-password-in-a-file',
      }),
    );
    const store = open();
    expect(store.read()).toEqual({ language: 'it', mailjet: { apiKey: 'abcdef123456' } });
    const everything = readdirSync(dir)
      .map((name) => readFileSync(join(dir, name), 'utf8'))
      .join('\n');
    expect(everything).toContain('abcdef123456');
    expect(everything).not.toContain('TOPSECRETVALUE123');
    expect(everything).not.toContain('odoo-password-in-a-file');
  });

  it('is recovered the same way when it breaks while the assistant runs', () => {
    const store = open();
    store.patch({ dns: { domain: 'esempio.it' } });
    store.setLanguage('en');
    writeFileSync(
      settingsFilePath(dir),
      JSON.stringify({ language: 'en', dns: { domain: 'esempio.it', odooOnline: 'yes' } }),
    );
    expect(store.read()).toEqual({ language: 'en', dns: { domain: 'esempio.it' } });
    expect(store.recovery?.movedTo).toBeDefined();
    writeFileSync(settingsFilePath(dir), '{');
    store.setProgress({ current: 'senders' });
    expect(asideFiles()).toHaveLength(2);
    expect(onDisk()).toMatchObject({ wizard: { current: 'senders' } });
  });

  it('is recovered, not written over, when it breaks before the first write of this run', () => {
    writeFileSync(settingsFilePath(dir), JSON.stringify({ language: 'it', dns: { domain: 'esempio.it' } }));
    const store = open();
    expect(store.read()).toEqual({ language: 'it', dns: { domain: 'esempio.it' } });
    writeFileSync(settingsFilePath(dir), '{"language": "it", "dns": {"domain": "esem');
    store.setProgress({ current: 'senders' });
    expect(asideFiles()).toHaveLength(1);
    expect(readFileSync(join(dir, asideFiles()[0]!), 'utf8')).toContain('esem');
    expect(onDisk()).toMatchObject({ wizard: { current: 'senders' } });
  });

  it('is not refused for a byte order mark, and stays untouched', () => {
    const text = `\uFEFF${JSON.stringify(valid)}`;
    writeFileSync(settingsFilePath(dir), text);
    const store = open();
    expect(store.read()).toEqual(valid);
    expect(store.recovery).toBeUndefined();
    expect(asideFiles()).toEqual([]);
    expect(readFileSync(settingsFilePath(dir), 'utf8')).toBe(text);
  });

  it('that cannot be read at all is one error naming the file', () => {
    mkdirSync(settingsFilePath(dir));
    let error: unknown;
    try {
      open();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).toPayload()).toEqual({
      code: 'settings.unreadable',
      params: { path: settingsFilePath(dir) },
    });
  });
});

describe('the settingsWrite channel', () => {
  it('refuses what the steps could not use, with their own message, and stores nothing', async () => {
    const { core, deps } = testCore();
    const refused = async (patch: unknown) => {
      const result = await dispatch(core, 'settingsWrite', { patch });
      return result.ok ? 'stored' : result.error;
    };
    expect(await refused({ odoo: { url: 'javascript:alert(document.cookie)' } })).toEqual({ code: 'odoo.url-invalid' });
    expect(await refused({ odoo: { url: 'https://169.254.169.254' } })).toEqual({ code: 'odoo.url-invalid' });
    expect(await refused({ dns: { domain: '<script>' } })).toEqual({
      code: 'dns.invalid-domain',
      params: { value: '<script>' },
    });
    expect(await refused({ dns: { resolver: '169.254.169.254:53' } })).toEqual({
      code: 'dns.invalid-resolver',
      params: { value: '169.254.169.254:53' },
    });
    expect(await refused({ mailjet: { senderChoices: { bounce: 'b@esempio.it\r\nBcc: x@evil.example' } } })).toEqual({
      code: 'mailjet.bad-address',
      params: { role: 'bounce', address: 'b@esempio.it\uFFFD\uFFFDBcc: x@evil.example' },
    });
    expect(deps.settings.read()).toEqual({});
    expect(
      await dispatch(core, 'settingsWrite', { patch: { odoo: { url: 'esempio.odoo.com/web#action=1' } } }),
    ).toEqual({ ok: true, value: { odoo: { url: 'https://esempio.odoo.com' } } });
  });

  it('drops a hand-edited Odoo address the desktop face would otherwise open, keeping the rest', () => {
    writeFileSync(
      settingsFilePath(dir),
      JSON.stringify({ language: 'it', odoo: { url: 'https://169.254.169.254', db: 'esempio' } }),
    );
    expect(open().read()).toEqual({ language: 'it', odoo: { db: 'esempio' } });
    expect(asideFiles()).toHaveLength(1);
  });
});
