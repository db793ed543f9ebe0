import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import ElectronStore from 'electron-store';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSettingsStore, settingsFilePath, type SettingsStoreClass } from '@main/host/settings';

vi.mock('electron', () => ({ default: {} }));

// The desktop face writes the settings with electron-store, the browser face and the CLI with conf: one
// file, one check. Whatever one writes the other reads the same, and a file one refuses the other refuses
// the same way, because both go through the same reader and the same zod check.

const BACKENDS: Record<string, SettingsStoreClass> = { conf: Conf, 'electron-store': ElectronStore };
const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'assistant-backends-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Everything in the folder, the name of a copy kept aside reduced to its kind (it carries the time). */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((name) => [name.replace(/invalid-.*$/, 'invalid-*'), readFileSync(join(dir, name), 'utf8')]),
  );
}

describe('the two settings stores', () => {
  it.each([
    ['conf', 'electron-store'],
    ['electron-store', 'conf'],
  ])('read with %s what %s wrote, field for field, and write the file byte for byte alike', (writer, reader) => {
    const dir = folder();
    const written = openSettingsStore(dir, BACKENDS[writer]);
    written.setLanguage('it');
    written.patch({
      odoo: { url: 'https://esempio.odoo.com', db: 'esempio', login: 'admin@esempio.it' },
      dns: { domain: 'esempio.it' },
    });
    written.setProgress({
      path: 'guided',
      current: 'dns',
      completed: ['welcome', 'mailjet-keys', 'odoo-connection', 'senders'],
    });
    const read = openSettingsStore(dir, BACKENDS[reader]);
    expect(read.read()).toEqual(written.read());
    expect(read.progress()).toEqual({
      path: 'guided',
      current: 'dns',
      completed: ['welcome', 'mailjet-keys', 'odoo-connection', 'senders'],
    });

    const other = folder();
    const same = openSettingsStore(other, BACKENDS[reader]);
    same.setLanguage('it');
    same.patch({
      odoo: { url: 'https://esempio.odoo.com', db: 'esempio', login: 'admin@esempio.it' },
      dns: { domain: 'esempio.it' },
    });
    same.setProgress({
      path: 'guided',
      current: 'dns',
      completed: ['welcome', 'mailjet-keys', 'odoo-connection', 'senders'],
    });
    expect(readFileSync(settingsFilePath(other), 'utf8')).toBe(readFileSync(settingsFilePath(dir), 'utf8'));
  });

  it.each(Object.keys(BACKENDS))(
    'with %s, keep working on a file saved with a byte order mark, reading and writing it',
    (backend) => {
      const dir = folder();
      writeFileSync(
        settingsFilePath(dir),
        `\uFEFF${JSON.stringify({ language: 'it', dns: { domain: 'esempio.it' } })}`,
      );
      const store = openSettingsStore(dir, BACKENDS[backend]);
      expect(store.read()).toEqual({ language: 'it', dns: { domain: 'esempio.it' } });
      store.setProgress({ current: 'senders' });
      expect(openSettingsStore(dir, BACKENDS[backend === 'conf' ? 'electron-store' : 'conf']).read()).toMatchObject({
        language: 'it',
        dns: { domain: 'esempio.it' },
        wizard: { current: 'senders' },
      });
      expect(store.recovery).toBeUndefined();
    },
  );

  const refused: Array<[string, string]> = [
    ['an unknown field', JSON.stringify({ language: 'it', colour: 'blue' })],
    ['a field of the wrong type', JSON.stringify({ language: 'it', dns: { domain: 7 } })],
    [
      'an Odoo address the schema refuses',
      JSON.stringify({ language: 'it', odoo: { url: 'javascript:alert(1)', db: 'esempio' } }),
    ],
    ['a file cut short', '{"language":"it","wizard":{"pa'],
    ['a list instead of an object', '["it"]'],
  ];

  it.each(refused)('refuse %s the same way, on opening and when it appears while running', (_what, text) => {
    const results = Object.values(BACKENDS).map((StoreClass) => {
      const dir = folder();
      writeFileSync(settingsFilePath(dir), text);
      const store = openSettingsStore(dir, StoreClass);
      const onOpening = { read: store.read(), recovered: !!store.recovery, files: contents(dir) };
      // The same file again, now under a store that is open and has written once.
      store.setLanguage('en');
      writeFileSync(settingsFilePath(dir), text);
      store.setProgress({ current: 'senders' });
      return {
        onOpening,
        whileRunning: {
          read: store.read(),
          asideCopies: readdirSync(dir).filter((name) => name.includes('.invalid-')).length,
        },
      };
    });
    expect(results[0]!.onOpening.recovered).toBe(true);
    expect(results[0]!.whileRunning.asideCopies).toBe(2);
    expect(results[1]).toEqual(results[0]);
  });
});
