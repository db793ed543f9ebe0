import { describe, expect, it } from 'vitest';
import { guideVersion, parseOdooVersion, versionSupport } from '@shared/odoo/version';

describe('parseOdooVersion', () => {
  it('reads stable releases from server_version_info', () => {
    expect(parseOdooVersion([16, 0, 0, 'final', 0, 'e'], '16.0+e-20230301')).toEqual({
      major: 16,
      minor: 0,
      saas: false,
      label: '16.0',
    });
  });

  it("reads Odoo Online's saas~NN form", () => {
    expect(parseOdooVersion(['saas~18', 1, 0, 'final', 0, ''], 'saas~18.1+e')).toEqual({
      major: 18,
      minor: 1,
      saas: true,
      label: 'saas~18.1',
    });
  });

  it('falls back to the version string, ignoring build suffixes', () => {
    expect(parseOdooVersion(undefined, '17.0-20240709')).toMatchObject({ major: 17, minor: 0 });
    expect(parseOdooVersion(undefined, 'saas~17.4')).toMatchObject({ major: 17, minor: 4, saas: true });
    expect(parseOdooVersion(['x'], 'nonsense')).toBeNull();
  });

  it('supports 16 to 19 and tries newer releases with the newest rules', () => {
    expect(versionSupport({ major: 15, minor: 0, saas: false, label: '15.0' })).toBe('too-old');
    expect(versionSupport({ major: 19, minor: 0, saas: false, label: '19.0' })).toBe('supported');
    expect(versionSupport({ major: 20, minor: 0, saas: false, label: '20.0' })).toBe('newer');
    expect(versionSupport({ major: 18, minor: 4, saas: true, label: 'saas~18.4' })).toBe('supported');
  });

  it("counts Odoo Online's releases after 19.0 as newer than the ones tested", () => {
    expect(versionSupport({ major: 19, minor: 2, saas: true, label: 'saas~19.2' })).toBe('newer');
    expect(guideVersion(21)).toBe(19);
    expect(guideVersion(undefined)).toBeUndefined();
  });
});
