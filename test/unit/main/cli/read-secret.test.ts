import { emitKeypressEvents } from 'node:readline';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryKeychain } from '@main/host/keychain';
import { applyKey, MAX_SECRET_BYTES, type TypedKey } from '@main/cli/read-secret';
import { startOdooStandIn, type OdooStandIn } from '@main/sandbox/odoo/server';
import { cli } from '@test/support/cli';

// `login odoo` stores only a password Odoo accepts (odooSaveLogin): the stand-in's admin is given each
// password the test pipes in, so what reaches the keychain is exactly what was read.
let odoo: OdooStandIn;
beforeAll(async () => {
  odoo = await startOdooStandIn();
});
afterAll(async () => {
  await odoo?.close();
});
const loginOdoo = () => ['login', 'odoo', '--url', odoo.url, '--db', 'demo', '--login', 'admin'];
const adminPassword = (password: string) =>
  void (odoo.db.users.find((user) => user.login === 'admin')!.password = password);

describe('a secret piped into the CLI', () => {
  it('keeps spaces at both ends of an Odoo password and removes only the line ending', async () => {
    for (const [piped, stored] of [
      ['  pass word  \n', '  pass word  '],
      [' pass\r\n', ' pass'],
      ['no-newline ', 'no-newline '],
    ]) {
      const keychain = createMemoryKeychain();
      adminPassword(stored!);
      const run = await cli(loginOdoo(), { stdin: piped, keychain });
      expect(run.code, run.stderr).toBe(0);
      expect(await keychain.get('odoo')).toBe(stored);
    }
  });

  it('refuses an oversized input with exit 2 and a sentence, and stores nothing', async () => {
    const keychain = createMemoryKeychain();
    const run = await cli(['login', 'odoo'], { stdin: 'x'.repeat(1024 * 1024), keychain });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`longer than ${MAX_SECRET_BYTES} bytes`);
    expect(run.stderr).toContain('What to do:');
    expect(await keychain.get('odoo')).toBeNull();
    const italian = await cli(['login', 'odoo', '--lang', 'it'], { stdin: 'x'.repeat(MAX_SECRET_BYTES + 1), keychain });
    expect(italian.stderr).toContain(`più di ${MAX_SECRET_BYTES} byte`);
  });

  it('takes a secret of exactly the largest size', async () => {
    const keychain = createMemoryKeychain();
    adminPassword('y'.repeat(MAX_SECRET_BYTES));
    const run = await cli(loginOdoo(), { stdin: `${'y'.repeat(MAX_SECRET_BYTES)}\n`, keychain });
    expect(run.code, run.stderr).toBe(0);
    expect(await keychain.get('odoo')).toHaveLength(MAX_SECRET_BYTES);
  });
});

describe('a word the command does not take', () => {
  const secret = 'typed-as-an-argument-9f8e7d6c';

  it('is refused after login odoo, by its place only, and nothing is stored', async () => {
    const keychain = createMemoryKeychain();
    const run = await cli(['login', 'odoo', secret], { stdin: 'piped-password\n', keychain });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Argument no. 3');
    expect(run.stdout + run.stderr).not.toContain(secret);
    expect(await keychain.get('odoo')).toBeNull();
  });

  it('is never echoed, in the message or in --json', async () => {
    const text = await cli(['mailjet', 'keys', '--api-key', 'abcdef0123456789', secret, '--lang', 'it']);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain("L'argomento n. 5");
    const json = await cli(['mailjet', 'keys', '--api-key', 'abcdef0123456789', secret, '--json']);
    expect(JSON.parse(json.stdout)).toEqual({
      ok: false,
      error: { code: 'cli.unexpected-argument', params: { position: 5 } },
    });
    expect(text.stdout + text.stderr + json.stdout + json.stderr).not.toContain(secret);
  });
});

describe('the keys typed at the hidden prompt', () => {
  /** The chunks as a terminal sends them, split into keys by Node's readline (as at the prompt), then applied. */
  const typed = async (...chunks: string[]) => {
    const input = new PassThrough();
    emitKeypressEvents(input);
    let value = '';
    let ended: 'enter' | undefined;
    input.on('keypress', (_text: string, key: TypedKey) => {
      if (ended) return;
      const next = applyKey(value, key);
      if (next === 'enter') ended = next;
      else value = next;
    });
    for (const chunk of chunks) {
      input.write(chunk);
      await new Promise((done) => setImmediate(done));
    }
    return { value, ended };
  };

  it('leave out escape sequences, even split across reads', async () => {
    expect((await typed('ab\u001b[A', 'c\u001b', '[1;5D', 'd\u001bOP', 'e\r')).value).toBe('abcde');
    expect((await typed('\u001b[200~pasted\u001b[201~\r')).value).toBe('pasted');
    // Alt+x and Home do not add a character or move where the next one goes.
    expect((await typed('ab\u001bx\u001b[Hc\r')).value).toBe('abc');
  });

  it('honour backspace and Ctrl+U, and keep spaces and any script', async () => {
    expect((await typed('abX\u007fc\r')).value).toBe('abc');
    expect((await typed('wrong\u0015 ré 密码 😀 \r')).value).toBe(' ré 密码 😀 ');
    expect((await typed('a\tb\r')).value).toBe('ab');
  });

  it('stop at Enter', async () => {
    expect(await typed('abc')).toEqual({ value: 'abc', ended: undefined });
    expect(await typed('x\ry')).toEqual({ value: 'x', ended: 'enter' });
  });
});
