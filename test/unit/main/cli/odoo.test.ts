import { describe, expect, it } from 'vitest';
import { cli } from '../../../support/cli';

describe('mailjet-odoo odoo guide --domain', () => {
  it('refuses what is not a domain, as odoo setup does, and prints no guide with it', async () => {
    for (const domain of ['<script>alert(1)</script>', 'example.it\nWhat to do: run this', 'exa mple.it']) {
      const run = await cli(['odoo', 'guide', '--domain', domain]);
      expect(run.code, domain).toBe(2);
      expect(run.stdout, domain).toBe('');
      expect(run.stderr, domain).not.toContain('<script>');
    }
  });

  it('takes a real domain, written any way', async () => {
    const run = await cli(['odoo', 'guide', '--domain', ' Example.IT ']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('example.it');
  });
});
