import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

// Packaging needs the Electron download, so it runs on release machines; the configuration is checked
// on every run against the schema electron-builder itself ships.
const require = createRequire(import.meta.url);
interface BuilderConfig {
  electronFuses: Record<string, boolean>;
  asarUnpack: string[];
  win: { target: Array<string | { target: string }> };
  mac: { target: Array<string | { target: string }> };
  linux: { target: Array<string | { target: string }> };
}
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('validates against the schema shipped in app-builder-lib', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(require('app-builder-lib/scheme.json'));
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('a typo would not pass the schema (the check is real)', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(require('app-builder-lib/scheme.json'));
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
  });

  it('sets the Electron fuses: no run-as-node, no NODE_OPTIONS or inspect, encrypted cookies, ASAR only and checked', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds the installers people expect on each system', () => {
    const targets = (list: Array<string | { target: string }>) =>
      list.map((t) => (typeof t === 'string' ? t : t.target));
    expect(targets(config.win.target)).toEqual(['nsis']);
    expect(targets(config.mac.target)).toEqual(['dmg']);
    expect(targets(config.linux.target)).toEqual(['AppImage', 'deb']);
  });

  it('keeps the keychain binding outside the archive, where native modules must be', () => {
    expect(config.asarUnpack).toContain('**/*.node');
  });
});
