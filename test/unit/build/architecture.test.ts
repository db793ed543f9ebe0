import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importProblem } from '@ci/layers.js';

// The rules of docs/architecture.md, checked on every import of the tree with the same table ESLint uses
// (.ci/layers.js), so that a rule cannot hold in the editor and be broken in a file the linter skips.
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  return [
    ...readFileSync(file, 'utf8').matchAll(
      /^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3]!);
}

describe('architecture', () => {
  it('no import in the tree breaks a layer rule or climbs more than two folders', () => {
    const problems = ['main', 'shared', 'renderer', 'test', '.ci'].flatMap(sources).flatMap((file) =>
      imports(file).flatMap((specifier) => {
        const problem = importProblem(file, specifier);
        return problem ? [`${file} -> ${specifier}: ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('the table refuses what the page forbids, whether written with an alias or a relative path', () => {
    expect(importProblem('renderer/steps/dns/DnsStep.tsx', '@main/core/paths')).toMatch(/renderer/);
    expect(importProblem('renderer/steps/dns/DnsStep.tsx', 'node:fs')).toMatch(/renderer/);
    expect(importProblem('shared/dns/spf.ts', '../../renderer/bridge')).toMatch(/shared/);
    expect(importProblem('main/core/paths.ts', '../app/menu')).toMatch(/core/);
    expect(importProblem('main/core/paths.ts', 'electron')).toMatch(/core/);
    expect(importProblem('main/web/server.ts', '@main/cli/run')).toMatch(/face/);
    expect(importProblem('main/app/index.ts', '../web/server')).toMatch(/face/);
    expect(importProblem('test/unit/main/core/x.test.ts', '../../../../main/core/paths')).toMatch(/alias/);
  });

  it('and lets through what the page allows', () => {
    expect(importProblem('renderer/steps/dns/DnsStep.tsx', '@shared/dns/records')).toBeNull();
    expect(importProblem('main/web/server.ts', '../core/dispatch')).toBeNull();
    expect(importProblem('main/cli/web.ts', '../web/server')).toBeNull();
    expect(importProblem('main/app/index.ts', 'electron')).toBeNull();
    expect(importProblem('test/unit/main/core/x.test.ts', '../../support/core')).toBeNull();
  });
});
