import { describe, expect, it } from 'vitest';
import { OdooSession, type Renewal } from '@main/core/odoo/session';
import { OdooFault, type OdooCredentials, type OdooTransport } from '@main/core/odoo/transport';
import { AppError } from '@shared/errors';
import { parseOdooVersion } from '@shared/odoo/version';
import { createMemoryLogger } from '@test/support/doubles';

// A session reused from memory logs in again once when Odoo refuses its login (fault 3: Odoo checks the
// login before it runs the method, so the refused call did nothing) and sends the refused calls again.

const target = { url: 'https://erp.example.com', host: 'erp.example.com', db: 'prod', login: 'admin' };
const version = parseOdooVersion(undefined, '17.0')!;

/** Odoo that takes only `acceptedUid`; it records every call with the uid it carried. */
function fakeOdoo(acceptedUid: number, fault: OdooFault = new OdooFault(3, 'Access Denied')) {
  const calls: Array<{ method: string; uid: number }> = [];
  const transport = {
    protocol: 'xmlrpc',
    baseUrl: target.url,
    executeKw: async (credentials: OdooCredentials, _model: string, method: string) => {
      calls.push({ method, uid: credentials.uid });
      await Promise.resolve();
      if (credentials.uid !== acceptedUid) throw fault;
      return `${method} done`;
    },
  } as unknown as OdooTransport;
  return { transport, calls };
}

function session(transport: OdooTransport, uid: number, renewal?: Renewal) {
  const credentials = { db: target.db, uid, secret: 'the-secret-1' };
  return new OdooSession(transport, target, version, credentials, createMemoryLogger(), undefined, renewal);
}

describe('OdooSession with a remembered login', () => {
  it('calls refused together share one new login, and each is sent again once', async () => {
    const odoo = fakeOdoo(8);
    let renewals = 0;
    const reused = session(odoo.transport, 7, async () => {
      renewals += 1;
      return session(odoo.transport, 8);
    });
    const answers = await Promise.all(['a', 'b', 'c'].map((method) => reused.call('res.partner', method)));
    expect(answers).toEqual(['a done', 'b done', 'c done']);
    expect(renewals).toBe(1);
    expect(reused.uid).toBe(8);
    expect(odoo.calls.filter((call) => call.uid === 7)).toHaveLength(3);
    expect(odoo.calls.filter((call) => call.uid === 8)).toHaveLength(3);
  });

  it('a call refused after the new login is answered with the refusal: no second login', async () => {
    const odoo = fakeOdoo(-1);
    let renewals = 0;
    const reused = session(odoo.transport, 7, async () => {
      renewals += 1;
      return session(odoo.transport, 8);
    });
    await expect(reused.call('res.partner', 'read')).rejects.toMatchObject({ faultCode: 3 });
    await expect(reused.call('res.partner', 'read')).rejects.toMatchObject({ faultCode: 3 });
    expect(renewals).toBe(1);
    // The first: refused, new login, refused again; the second: refused once, as Odoo's answer.
    expect(odoo.calls.map((call) => call.uid)).toEqual([7, 8, 8]);
  });

  it('a new login Odoo refuses is the answer of every call waiting for it', async () => {
    const odoo = fakeOdoo(8);
    const reused = session(odoo.transport, 7, () => Promise.reject(new AppError('odoo.auth', { login: 'admin' })));
    const results = await Promise.allSettled([reused.call('m', 'a'), reused.call('m', 'b')]);
    expect(results.map((result) => result.status === 'rejected' && (result.reason as AppError).code)).toEqual([
      'odoo.auth',
      'odoo.auth',
    ]);
  });

  it('other faults, and any fault of a fresh login, are not retried', async () => {
    const userError = fakeOdoo(8, new OdooFault(2, 'Invalid value'));
    let renewals = 0;
    const reused = session(userError.transport, 7, async () => {
      renewals += 1;
      return session(userError.transport, 8);
    });
    await expect(reused.call('m', 'write')).rejects.toMatchObject({ faultCode: 2 });
    expect(renewals).toBe(0);
    const refused = fakeOdoo(8);
    await expect(session(refused.transport, 7).call('m', 'create')).rejects.toMatchObject({ faultCode: 3 });
    expect(refused.calls).toHaveLength(1);
  });
});
