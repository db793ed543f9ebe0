import { describe, expect, it } from 'vitest';
import { dispatch } from '@main/core/dispatch';
import { DNS_EXPORT_FORMATS } from '@shared/dns/export-formats';
import { LANGUAGES } from '@shared/languages';
import { cli } from '@test/support/cli';
import { testCore } from '@test/support/core';
import { dkimValue } from '../keys';

// One DNS export table: the file the wizard saves (the dnsExport channel) and what
// `mailjet-odoo dns records --format` prints are the same content, for every format and language.

const DKIM = dkimValue(2048);

describe.each(DNS_EXPORT_FORMATS)('the %s export', (format) => {
  it.each(LANGUAGES)('is the same file from the channel and on the command line (%s)', async (language) => {
    const { core } = testCore();
    const request = {
      domain: 'Caffè-Rossi.IT',
      mailjet: {
        ownershipName: 'mailjet._1a2b3c4d.xn--caff-rossi-26a.it.',
        ownershipValue: '1a2b3c4d5e6f',
        dkimValue: DKIM,
      },
      odooOnline: true,
    };
    const file = await dispatch(core, 'dnsExport', { ...request, provider: 'aruba', format, language });
    expect(file).toMatchObject({ ok: true });
    const { fileName, content } = (file as { ok: true; value: { fileName: string; content: string } }).value;
    expect(fileName).toMatch(new RegExp(`^dns-xn--caff-rossi-26a\\.it\\.(txt|zone|csv|json|html)$`));

    const printed = await cli([
      'dns',
      'records',
      '--domain',
      request.domain,
      '--ownership-name',
      request.mailjet.ownershipName,
      '--ownership-value',
      request.mailjet.ownershipValue,
      '--dkim-value',
      DKIM,
      '--odoo-online',
      '--provider',
      'aruba',
      '--format',
      format,
      '--lang',
      language,
    ]);
    expect(printed.code, printed.stderr).toBe(0);
    // Printed, the CSV's CRLF line ends become a terminal's (before, each showed as a literal "\x0d").
    const expected = content.replace(/\r\n/g, '\n');
    expect(printed.stdout).toBe(expected.endsWith('\n') ? expected : `${expected}\n`);
    expect(printed.stdout).not.toContain('\\x0d');
  });
});
