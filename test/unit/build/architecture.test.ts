import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The directions of docs/architecture.md that must never be, checked on the import lines themselves.
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map(
    (m) => m[1] ?? m[2] ?? m[3]!,
  );
}

function violations(dir: string, forbidden: (specifier: string) => boolean): string[] {
  return sources(dir).flatMap((file) => imports(file).filter(forbidden).map((specifier) => `${file} -> ${specifier}`));
}

const isNodeBuiltin = (s: string) => s.startsWith('node:') || ['fs', 'path', 'os', 'http', 'https', 'net', 'dns', 'child_process', 'crypto', 'url', 'util', 'stream'].includes(s);

describe('architecture', () => {
  it('the renderer imports nothing from main/, no electron and no Node built-in', () => {
    expect(violations('renderer', (s) => s.includes('/main/') || s === 'electron' || isNodeBuiltin(s))).toEqual([]);
  });

  it('shared/ stays pure: no main/, no renderer/, no electron, no Node built-in', () => {
    expect(violations('shared', (s) => s.includes('/main/') || s.includes('/renderer/') || s === 'electron' || isNodeBuiltin(s))).toEqual([]);
  });

  it('the core and the stand-ins never import electron or a face', () => {
    const face = (s: string) => s === 'electron' || s === 'electron-store' || /(^|\/)(app|web|cli|preload)\//.test(s.replace(/^\.\.\//, ''));
    expect(violations('main/core', face)).toEqual([]);
    expect(violations('main/sandbox', face)).toEqual([]);
  });

  it("the browser face's page script imports only shared/ and its own folder, no Node built-in", () => {
    expect(violations('main/web/page', (s) => isNodeBuiltin(s) || s === 'electron' || /^\.\.\/(?!\.\.\/\.\.\/shared\/)/.test(s))).toEqual([]);
  });

  it('the work imports the host for its types only; the host knows of the work only the redaction of secrets', () => {
    const runtimeHostImports = sources('main/core').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)(?!\s+type\b)[^'"]*?from\s+['"]([^'"]*\/host\/[^'"]*)['"]|import\(\s*['"]([^'"]*\/host\/[^'"]*)['"]\s*\)/gm)].map((m) => `${file} -> ${m[1] ?? m[2]}`),
    );
    expect(runtimeHostImports).toEqual([]);
    const outside = (s: string) => s === 'electron' || s === 'electron-store' || /(^|\/)(app|web|cli|preload|sandbox)\//.test(s) || /(^|\/)compose$/.test(s) || (/(^|\/)core\//.test(s) && !/\/core\/redaction$/.test(s));
    expect(violations('main/host', outside)).toEqual([]);
  });

  it('one composition root: only main/compose.ts builds the core and the Node host', () => {
    const builders = sources('main').filter((file) => file !== join('main', 'compose.ts') && /\bcreate(Core|NodeHost)\(/.test(readFileSync(file, 'utf8').replace(/function create(Core|NodeHost)\(/g, '')));
    expect(builders).toEqual([]);
  });

  it('no face imports another face, and only the desktop face imports electron', () => {
    expect(violations('main/web', (s) => s === 'electron' || /\/(app|cli|preload)\//.test(s))).toEqual([]);
    expect(violations('main/cli', (s) => s === 'electron' || /\/(app|preload)\//.test(s))).toEqual([]);
    expect(violations('main/app', (s) => /\/(web|cli)\//.test(s))).toEqual([]);
  });
});
