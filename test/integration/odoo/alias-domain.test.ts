import { afterEach, describe, expect, it } from 'vitest';
import { PROFILES } from '@main/sandbox/odoo/profiles';
import { odooFixture, type OdooFixture } from './fixture';

// Where Odoo keeps the alias domain: system parameters up to 16 (saas~16.x included), mail.alias.domain
// from 17.0. A missing model is told by Odoo's fault code: the text is translated on 16 and 17.

const ITALIAN_MISSING_MODEL = { faultCode: 2, faultString: "L'oggetto mail.alias.domain non esiste" };
let fixture: OdooFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

describe('the alias domain', () => {
  it('reads an Italian saas~16.3 database from its parameters, never asking for mail.alias.domain', async () => {
    fixture = await odooFixture(16, { aliasDomain: 'negozio.it' });
    // Odoo Online's intermediate 16 release answers version() with 'saas~16' as its major.
    Object.assign(fixture.standIn.db, { profile: { ...PROFILES[16], versionInfo: ['saas~16', 3, 0, 'final', 0, ''] } });
    fixture.standIn.inject({ target: 'mail.alias.domain.search_read', fault: ITALIAN_MISSING_MODEL });
    const info = await fixture.call('odooConnect');
    expect(info.ok ? info.value : info.error).toMatchObject({
      version: { label: 'saas~16.3' },
      addresses: { domain: 'negozio.it', notifications: 'notifications@negozio.it' },
    });
    expect(fixture.standIn.calls.map((call) => call.target)).not.toContain('mail.alias.domain.search_read');
  });

  it('takes an Italian "model missing" fault on 17 for what it is, whatever its words', async () => {
    fixture = await odooFixture(17);
    fixture.standIn.inject({ target: 'mail.alias.domain.search_read', fault: ITALIAN_MISSING_MODEL });
    const info = await fixture.call('odooConnect');
    expect(info.ok).toBe(true);
    expect(info.ok && info.value.addresses).toBeFalsy();
  });
});
