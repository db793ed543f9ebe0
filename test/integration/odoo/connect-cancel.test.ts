import { afterEach, describe, expect, it } from 'vitest';
import { odooFixture, type OdooFixture } from './fixture';

// Connecting waits on Odoo (up to 30 seconds per call when it does not answer): the wizard's Cancel
// must reach the connect in flight through the operation id, and nothing is remembered from it.

let fixture: OdooFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

describe('cancelling a connect', () => {
  it('stops a connect to a slow Odoo and leaves the saved connection as it was', async () => {
    fixture = await odooFixture(17, { latencyMs: 400 });
    const before = fixture.deps.settings.read().odoo;
    const running = fixture.call('odooConnect', {});
    expect(fixture.core.operations.cancel('test-op-0001')).toBe(true);
    expect(await running).toEqual({ ok: false, error: { code: 'app.cancelled' } });
    expect(fixture.deps.settings.read().odoo).toEqual(before);
  });
});
