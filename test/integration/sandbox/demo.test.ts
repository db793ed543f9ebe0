import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeApp } from '@main/compose';
import { dispatch } from '@main/core/dispatch';
import { createMemoryKeychain } from '@main/host/keychain';
import { startDemo } from '@main/sandbox/demo';

describe('the demo', () => {
  it("starts from the first step each time and never touches the user's own settings", async () => {
    const home = mkdtempSync(join(tmpdir(), 'assistant-demo-home-'));
    writeFileSync(join(home, 'settings.json'), JSON.stringify({ language: 'it' }));
    mkdirSync(join(home, 'demo'));
    writeFileSync(
      join(home, 'demo', 'settings.json'),
      JSON.stringify({ wizard: { path: 'automatic', current: 'dns', completed: ['welcome'] } }),
    );
    const demo = await startDemo({ MAILJET_ODOO_HOME: home });
    try {
      expect(existsSync(join(home, 'demo', 'settings.json'))).toBe(false);
      expect(JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8'))).toEqual({ language: 'it' });
      const { core } = await composeApp({ face: 'web', demo, host: { keychain: createMemoryKeychain() } });
      expect(await dispatch(core, 'progressRead', {})).toMatchObject({ ok: true, value: { current: 'welcome' } });
      // The demo's buttons answer in the demo, and only there.
      expect(await dispatch(core, 'demoInfo', {})).toMatchObject({
        ok: true,
        value: { active: true, domain: 'example.com' },
      });
      const { core: real } = await composeApp({
        face: 'web',
        dataDir: home,
        endpoints: demo.endpoints,
        host: { keychain: createMemoryKeychain() },
      });
      expect(await dispatch(real, 'demoActivateSenders', {})).toEqual({ ok: false, error: { code: 'demo.not-demo' } });
      expect(await dispatch(real, 'demoInfo', {})).toEqual({ ok: true, value: { active: false } });
    } finally {
      await demo.stop();
    }
  });

  it('has its domain at Cloudflare: the nameservers say so, and the demo token finds the zone by name', async () => {
    const home = mkdtempSync(join(tmpdir(), 'assistant-demo-home-'));
    const demo = await startDemo({ MAILJET_ODOO_HOME: home });
    try {
      const { core } = await composeApp({ face: 'web', demo, host: { keychain: createMemoryKeychain() } });
      const detected = await dispatch(core, 'dnsDetectProvider', { domain: 'example.com' });
      expect(detected).toMatchObject({ ok: true, value: { provider: 'cloudflare' } });
      // Another domain typed in the demo stays at no known provider: the provider is chosen by hand there.
      const other = await dispatch(core, 'dnsDetectProvider', { domain: 'elsewhere.example.org' });
      expect(other).toMatchObject({ ok: true, value: { provider: null } });
      // No Zone ID anywhere: the demo token, like the wizard's template, may look the zone up by name.
      const saved = await dispatch(core, 'dnsPublishSaveCredential', {
        provider: 'cloudflare',
        domain: 'example.com',
        demo: true,
      });
      expect(saved).toMatchObject({ ok: true, value: { zone: 'example.com' } });
    } finally {
      await demo.stop();
    }
  });
});
