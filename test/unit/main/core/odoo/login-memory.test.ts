import { describe, expect, it } from 'vitest';
import { LoginMemory, loginMemoryOf } from '@main/core/odoo/login-memory';
import type { OdooTransport } from '@main/core/odoo/transport';
import { parseOdooVersion } from '@shared/odoo/version';

const target = { url: 'https://erp.example.com', host: 'erp.example.com', db: 'prod', login: 'admin' };
const login = {
  transport: { protocol: 'xmlrpc', baseUrl: target.url } as unknown as OdooTransport,
  version: parseOdooVersion(undefined, '17.0')!,
  uid: 2,
  notices: [],
};

describe('LoginMemory', () => {
  it('gives the login back for the same target and the same secret only', () => {
    const memory = new LoginMemory();
    memory.remember(target, 'secret-one-1', login);
    expect(memory.recall(target, 'secret-one-1')).toMatchObject({ uid: 2 });
    expect(memory.recall({ ...target, db: 'staging' }, 'secret-one-1')).toBeUndefined();
    expect(memory.recall({ ...target, login: 'sales' }, 'secret-one-1')).toBeUndefined();
    expect(memory.recall({ ...target, url: 'https://other.example.com' }, 'secret-one-1')).toBeUndefined();
    // Another secret drops it: even the first one no longer finds it.
    expect(memory.recall(target, 'secret-two-2')).toBeUndefined();
    expect(memory.recall(target, 'secret-one-1')).toBeUndefined();
  });

  it('keeps no copy of the secret, and forgets a target on request', () => {
    const memory = new LoginMemory();
    memory.remember(target, 'secret-one-1', login);
    const kept = (memory as unknown as { entries: Map<string, unknown> }).entries;
    expect(kept.size).toBe(1);
    expect(JSON.stringify([...kept.values()])).not.toContain('secret-one-1');
    expect(JSON.stringify(memory.recall(target, 'secret-one-1'))).not.toContain('secret-one-1');
    memory.forget(target);
    expect(memory.recall(target, 'secret-one-1')).toBeUndefined();
  });

  it('holds a few targets, the oldest leaving first', () => {
    const memory = new LoginMemory();
    for (let i = 0; i < 9; i += 1) memory.remember({ ...target, db: `db${i}` }, 's', { ...login, uid: i + 2 });
    expect(memory.recall({ ...target, db: 'db0' }, 's')).toBeUndefined();
    expect(memory.recall({ ...target, db: 'db8' }, 's')).toMatchObject({ uid: 10 });
  });

  it('one memory per core', () => {
    const core = {};
    expect(loginMemoryOf(core)).toBe(loginMemoryOf(core));
    expect(loginMemoryOf({})).not.toBe(loginMemoryOf(core));
  });
});
