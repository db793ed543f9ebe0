import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryKeychain } from '@main/host/keychain';
import { SEED_ADMIN } from '@main/sandbox/odoo/database';
import { startOdooStandIn } from '@main/sandbox/odoo/server';
import { cli } from '@test/support/cli';

// What the command line says about the settings file: a refused file is moved aside with one sentence
// on stderr (the command still runs on what was valid), an unreadable one is one sentence naming it.

function homeWith(content: string): string {
  const home = mkdtempSync(join(tmpdir(), 'assistant-cli-settings-'));
  writeFileSync(join(home, 'settings.json'), content);
  return home;
}

const progress = {
  path: 'guided',
  current: 'dns',
  completed: ['welcome', 'mailjet-keys', 'odoo-connection', 'senders'],
};

describe('a broken settings file on the command line', () => {
  it('is moved aside with one sentence on stderr, and status runs on what was still valid', async () => {
    const home = homeWith(JSON.stringify({ wizard: progress, odoo: { url: 'https://x.odoo.com', port: 'many' } }));
    const run = await cli(['status', '--json'], { home, keychain: createMemoryKeychain() });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).progress).toEqual(progress);
    const aside = readdirSync(home).filter((name) => name.startsWith('settings.json.invalid-'));
    expect(aside).toHaveLength(1);
    expect(run.stderr.trim()).toBe(
      `Your settings file had values the assistant cannot use: the original was moved to ${join(home, aside[0]!)}, and everything in it that was still valid has been kept.`,
    );
    expect(JSON.parse(readFileSync(join(home, aside[0]!), 'utf8')).odoo.port).toBe('many');
    expect(JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8'))).toEqual({
      wizard: progress,
      odoo: { url: 'https://x.odoo.com' },
    });
    // Said once: the next run finds a valid file.
    expect((await cli(['status'], { home, keychain: createMemoryKeychain() })).stderr).toBe('');
  });

  it('is announced in Italian too', async () => {
    const home = homeWith('{"language": "it", "wizard": ');
    const run = await cli(['status', '--lang', 'it'], { home, keychain: createMemoryKeychain() });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "Il file delle impostazioni conteneva valori che l'assistente non può usare: l'originale è stato spostato in",
    );
  });

  it('that cannot be read is one sentence naming the file, not an internal error', async () => {
    const home = mkdtempSync(join(tmpdir(), 'assistant-cli-settings-'));
    mkdirSync(join(home, 'settings.json'));
    const run = await cli(['status'], { home, keychain: createMemoryKeychain() });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`The settings file ${join(home, 'settings.json')} cannot be read.`);
    expect(run.stderr).not.toContain('went wrong');
  });
});

describe('values the settings refuse, on the command line', () => {
  it.each([
    ['javascript:alert(1)', 'That is not an address Odoo can be reached at.'],
    ['file:///etc/passwd', 'That is not an address Odoo can be reached at.'],
    ['http://169.254.169.254', 'The Odoo address must start with https://.'],
    ['https://169.254.169.254', 'That is not an address Odoo can be reached at.'],
  ])('login odoo --url %s is refused before anything is stored', async (url, sentence) => {
    const keychain = createMemoryKeychain();
    const home = mkdtempSync(join(tmpdir(), 'assistant-cli-settings-'));
    const run = await cli(['login', 'odoo', '--url', url, '--db', 'x', '--login', 'admin'], {
      home,
      keychain,
      stdin: 'odoo-password-1234\n',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(sentence);
    expect(await keychain.get('odoo')).toBeNull();
    expect(readdirSync(home)).not.toContain('settings.json');
  });

  it('login odoo stores the server part of a link copied from the browser', async () => {
    const home = mkdtempSync(join(tmpdir(), 'assistant-cli-settings-'));
    // The login is checked with Odoo before it is stored: the stand-in plays the server behind the link.
    const odoo = await startOdooStandIn();
    const link = `${odoo.url}/odoo/action-12?debug=1`;
    const run = await cli(['login', 'odoo', '--url', link, '--db', 'demo', '--login', 'admin'], {
      home,
      keychain: createMemoryKeychain(),
      stdin: `${SEED_ADMIN.password}\n`,
    }).finally(() => odoo.close());
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8')).odoo.url).toBe(odoo.url);
  });
});
