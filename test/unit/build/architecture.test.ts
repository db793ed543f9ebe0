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

function imports(file: string): Array<{ specifier: string; typeOnly: boolean }> {
  const pattern =
    /^\s*(import|export)(\s+type\b)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  return [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => ({
    specifier: m[3] ?? m[4] ?? m[5]!,
    typeOnly: !!m[2],
  }));
}

describe('architecture', () => {
  it('no import in the tree breaks a layer rule or climbs more than two folders', () => {
    const problems = ['main', 'shared', 'renderer', 'test', '.ci'].flatMap(sources).flatMap((file) =>
      imports(file).flatMap(({ specifier, typeOnly }) => {
        const problem = importProblem(file, specifier, typeOnly);
        return problem ? [`${file} -> ${specifier}: ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('the table refuses what the page forbids, whether written with an alias or a relative path', () => {
    expect(importProblem('renderer/steps/dns/DnsStep.tsx', '@main/host/paths')).toMatch(/renderer/);
    expect(importProblem('renderer/steps/dns/DnsStep.tsx', 'node:fs')).toMatch(/renderer/);
    expect(importProblem('renderer/steps/dns/usePublish.ts', '../../bridge')).toMatch(/data layer/);
    expect(importProblem('shared/dns/spf.ts', '../../renderer/bridge')).toMatch(/shared/);
    expect(importProblem('main/core/dispatch.ts', '../app/menu')).toMatch(/core/);
    expect(importProblem('main/core/dispatch.ts', 'electron')).toMatch(/core/);
    expect(importProblem('main/core/odoo/save-login.ts', '../../host/keychain')).toMatch(/types only/);
    expect(importProblem('main/host/keychain.ts', '../core/mailjet/client')).toMatch(/host/);
    expect(importProblem('main/host/keychain.ts', '../sandbox/demo')).toMatch(/host/);
    expect(importProblem('main/web/server.ts', '../cli/run')).toMatch(/face/);
    expect(importProblem('main/web/page/fetch-transport.ts', '../server')).toMatch(/page script/);
    expect(importProblem('main/web/page/fetch-transport.ts', 'node:http')).toMatch(/page script/);
    expect(importProblem('main/cli/odoo.ts', '../core/odoo/service')).toMatch(/callChannel/);
    expect(importProblem('main/app/index.ts', '../web/server')).toMatch(/face/);
    expect(importProblem('test/unit/main/core/x.test.ts', '../../../../main/core/dispatch')).toMatch(/alias/);
  });

  it('and lets through what the page allows', () => {
    expect(importProblem('renderer/steps/dns/DnsStep.tsx', '@shared/dns/records')).toBeNull();
    expect(importProblem('renderer/data/channel.ts', '../bridge')).toBeNull();
    expect(importProblem('main/core/odoo/save-login.ts', '../../host/keychain', true)).toBeNull();
    expect(importProblem('main/host/keychain.ts', '../core/redaction')).toBeNull();
    expect(importProblem('main/web/server.ts', '../core/dispatch')).toBeNull();
    expect(importProblem('main/web/page/fetch-transport.ts', '@shared/bridge/assistant-api')).toBeNull();
    expect(importProblem('main/cli/web.ts', '../web/server')).toBeNull();
    expect(importProblem('main/cli/call-channel.ts', '../core/dispatch')).toBeNull();
    expect(importProblem('main/app/index.ts', 'electron')).toBeNull();
    expect(importProblem('test/unit/main/core/x.test.ts', '@test/support/core')).toBeNull();
  });

  it('one composition root: only main/compose.ts builds the core and the Node host', () => {
    const builders = sources('main').filter(
      (file) =>
        file !== join('main', 'compose.ts') &&
        /\bcreate(Core|NodeHost)\(/.test(readFileSync(file, 'utf8').replace(/function create(Core|NodeHost)\(/g, '')),
    );
    expect(builders).toEqual([]);
  });
});
