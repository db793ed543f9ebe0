import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { forgetRememberedSecrets, rememberSecret } from '../../../../main/core/redaction';
import { createConfBackend, inspectSettingsFile, settingsFilePath, SettingsStore, settingsStoreOptions } from '../../../../main/core/settings';

vi.mock('electron', () => ({ default: {} }));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assistant-settings-'));
  forgetRememberedSecrets();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const open = () => new SettingsStore(createConfBackend(dir));

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
    expect(reopened.progress()).toEqual({ path: 'guided', current: 'dns', completed: ['welcome', 'mailjet-keys', 'senders'] });
  });

  it('start at the welcome step on a first run', () => {
    expect(open().progress()).toEqual({ path: 'automatic', current: 'welcome', completed: [] });
  });

  it('refuse to write a field named like a secret, and leave the file as it was', () => {
    const store = open();
    store.patch({ dns: { domain: 'example.it' } });
    const before = readFileSync(settingsFilePath(dir), 'utf8');
    const code = refusal(() => store.patch({ odoo: { url: 'https://x.odoo.com', password: 'hunter2-hunter2' } as never }));
    expect(code).toBe('settings.secret-refused');
    expect(readFileSync(settingsFilePath(dir), 'utf8')).toBe(before);
  });

  it('refuse a value that is a secret the core has handled, whatever the field is called', () => {
    rememberSecret('s3cr3t-value-from-the-keychain');
    const code = refusal(() => open().patch({ dns: { domain: 's3cr3t-value-from-the-keychain' } }));
    expect(code).toBe('settings.secret-refused');
    expect(inspectSettingsFile(dir)).toBe('absent');
  });

  it('refuse a file on disk that carries a secret-looking field, and drop it from disk', () => {
    writeFileSync(settingsFilePath(dir), JSON.stringify({ language: 'it', mailjet: { apiKey: 'abcdef123456', secretKey: 'TOPSECRETVALUE123' } }));
    expect(inspectSettingsFile(dir)).toBe('invalid');
    const store = open();
    expect(store.read()).toEqual({});
    expect(readFileSync(settingsFilePath(dir), 'utf8')).not.toContain('TOPSECRETVALUE123');
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
    expect(new SettingsStore(new ElectronStore(settingsStoreOptions(dir)) as never).read().dns).toEqual({ domain: 'esempio.it' });
  });
});
