import { describe, expect, it } from 'vitest';
import { cli } from '@test/support/cli';

describe('mailjet-odoo odoo guide --domain', () => {
  it('refuses what is not a domain, as odoo setup does, and prints no guide with it', async () => {
    for (const domain of ['<script>alert(1)</script>', 'example.it\nWhat to do: run this', 'exa mple.it']) {
      const run = await cli(['odoo', 'guide', '--domain', domain]);
      expect(run.code, domain).toBe(2);
      expect(run.stdout, domain).toBe('');
      // The same refusal as every other face gives (shared/dns/domain.ts); what was typed is quoted, and
      // a line break in it cannot start a line of its own.
      expect(run.stderr, domain).toContain('is not a domain name.');
      expect(run.stderr, domain).not.toMatch(/\nWhat to do: run this/);
    }
  });

  it('takes a real domain, written any way', async () => {
    const run = await cli(['odoo', 'guide', '--domain', ' Example.IT ']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('example.it');
  });
});
