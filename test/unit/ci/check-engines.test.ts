import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject, engineMismatches, type LockEntry } from '@ci/check-engines';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(engines: string, packages: Record<string, LockEntry>): string {
  const dir = mkdtempSync(join(tmpdir(), 'assistant-engines-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', engines: { node: engines } }));
  writeFileSync(
    join(dir, 'package-lock.json'),
    JSON.stringify({ lockfileVersion: 3, packages: { '': { name: 'x' }, ...packages } }),
  );
  return dir;
}

describe('the CI engine check', () => {
  it('fails on a runtime dependency, direct or nested, that needs a newer Node than we promise', () => {
    const dir = project('>=20.19', {
      'node_modules/conf': { version: '16.0.0', engines: { node: '>=22' } },
      'node_modules/electron-store/node_modules/conf': { version: '16.0.0', engines: { node: '>=22' } },
      'node_modules/xmlrpc': { version: '1.3.2', engines: { node: '>=0.8', npm: '>=1.0.0' } },
    });
    expect(checkProject(dir).mismatches).toEqual([
      { name: 'conf', version: '16.0.0', requires: '>=22' },
      { name: 'conf', version: '16.0.0', requires: '>=22' },
    ]);
  });

  it('leaves dev tools alone and accepts packages that declare no Node range', () => {
    expect(
      engineMismatches('>=20.19', {
        'node_modules/electron': { version: '45.5.0', dev: true, engines: { node: '>=22.12.0' } },
        'node_modules/typescript': { version: '6.0.3', devOptional: true, engines: { node: '>=22' } },
        'node_modules/tldts': { version: '7.6.0' },
        'node_modules/conf': { version: '15.1.0', engines: { node: '>=20' } },
      }),
    ).toEqual([]);
  });

  it('needs the whole supported range covered, not just its lower end', () => {
    expect(
      engineMismatches('>=20.19', { 'node_modules/old': { version: '1.0.0', engines: { node: '^20.0.0' } } }),
    ).toEqual([{ name: 'old', version: '1.0.0', requires: '^20.0.0' }]);
    expect(
      engineMismatches('>=20.19', { 'node_modules/odd': { version: '1.0.0', engines: { node: 'twenty' } } }),
    ).toHaveLength(1);
  });

  it('passes on this repository: every runtime dependency runs on the Node the README names', () => {
    expect(checkProject(process.cwd())).toMatchObject({ supported: '>=20.19', mismatches: [] });
  });
});
