import { describe, expect, it } from 'vitest';
import { byteLength, quotedTxt, readPastedTxt, readPastedValue, splitTxt } from '@shared/dns/txt';

describe('splitTxt', () => {
  it('cuts a 410-character DKIM value into a 255 and a 155 byte string that join back to it', () => {
    const value = `k=rsa; p=${'A'.repeat(401)}`;
    const parts = splitTxt(value);
    expect(parts.map((part) => part.length)).toEqual([255, 155]);
    expect(parts.join('')).toBe(value);
  });

  it('never cuts a multi-byte character in two', () => {
    const value = `${'a'.repeat(254)}è${'b'.repeat(10)}`;
    const parts = splitTxt(value);
    expect(parts.every((part) => byteLength(part) <= 255)).toBe(true);
    expect(parts[0]).toBe('a'.repeat(254));
    expect(parts.join('')).toBe(value);
  });

  it('keeps a short value whole', () => {
    expect(splitTxt('v=DMARC1; p=none')).toEqual(['v=DMARC1; p=none']);
  });
});

describe('quotedTxt', () => {
  it('quotes each string and escapes quotes and backslashes inside', () => {
    expect(quotedTxt('say "hi" \\ bye')).toBe('"say \\"hi\\" \\\\ bye"');
    expect(quotedTxt('x'.repeat(300))).toBe(`"${'x'.repeat(255)}" "${'x'.repeat(45)}"`);
  });
});

describe('readPastedTxt', () => {
  it('joins the quoted strings of a line the way a receiver does (no space added)', () => {
    expect(readPastedTxt('"v=spf1 include:a.example " "include:b.example ~all"')).toEqual([
      'v=spf1 include:a.example include:b.example ~all',
    ]);
  });

  it('reads dig output lines, one record per line, unescaping as dig escapes', () => {
    const dig =
      'example.it.  300 IN TXT "google-site-verification=abc"\nexample.it.  300 IN TXT "v=spf1 include:_spf.google.com ~all"\n"say \\"x\\""';
    expect(readPastedTxt(dig)).toEqual([
      'google-site-verification=abc',
      'v=spf1 include:_spf.google.com ~all',
      'say "x"',
    ]);
  });

  it('reads a value whose quotes a document made typographic as if they were straight, and only then', () => {
    expect(readPastedTxt('\u201Cv=spf1 include:a.example \u201D \u201Cinclude:b.example ~all\u201D')).toEqual([
      'v=spf1 include:a.example include:b.example ~all',
    ]);
    expect(readPastedValue('\u201Ek=rsa; p=AAAA\u201C')).toBe('k=rsa; p=AAAA');
    expect(readPastedTxt('v=DMARC1; p=none; rua=\u201Cmailto:a@b.example\u201D')).toEqual([
      'v=DMARC1; p=none; rua=\u201Cmailto:a@b.example\u201D',
    ]);
  });

  it('takes unquoted lines as they are and skips blank ones', () => {
    expect(readPastedTxt('\n  v=spf1 mx ~all  \n\n')).toEqual(['v=spf1 mx ~all']);
  });

  it('joins a value pasted over several lines (a zone file with parentheses)', () => {
    expect(readPastedValue('mailjet._domainkey IN TXT ( "k=rsa; p=AAAA"\n   "BBBB" )')).toBe('k=rsa; p=AAAABBBB');
  });
});
