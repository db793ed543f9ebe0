import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// What a start reads before it can answer: the files a built entry imports statically, and theirs, down to
// the packages. `mailjet-odoo --help` and the browser face's address must not wait for the core's weight.
const MAIN = resolve(process.env.ASSISTANT_OUT_DIR || 'out', 'main');
const HEAVY = ['node-mailjet', 'xmlrpc', 'conf', 'ajv', 'zod', 'tldts', 'tldts-core', '@napi-rs/keyring', 'dns2'];

/** Packages reached through static imports from `file`, following our own chunks: imported from
 * node_modules, or bundled in (the bundler marks each bundled file with a `// node_modules/...` line). */
function staticPackages(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  const code = readFileSync(join(MAIN, file), 'utf8');
  for (const m of code.matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) packages.add(m[1]!);
  for (const m of code.matchAll(/^import\s+(?:[^;]*?\s+from\s+)?"([^"]+)";?$/gm)) {
    const specifier = m[1]!;
    if (specifier.startsWith('./')) staticPackages(specifier.slice(2), seen).forEach((p) => packages.add(p));
    else if (!specifier.startsWith('node:'))
      packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
  }
  return packages;
}

describe.skipIf(!existsSync(join(MAIN, 'cli.js')))('what a start loads (built output)', () => {
  it('the command line, for --help or any command, loads none of the core, the clients or the public-suffix data', () => {
    expect([...staticPackages('cli.js')].filter((p) => HEAVY.includes(p))).toEqual([]);
  });

  it('the browser face listens and prints its address before loading the core', () => {
    const web = readdirSync(MAIN).find((file) => /^web-.+\.js$/.test(file));
    expect(web).toBeDefined();
    expect([...staticPackages(web!)].filter((p) => HEAVY.includes(p))).toEqual([]);
  });

  it('the core reaches Mailjet, Odoo and the DNS checker only through dynamic imports', () => {
    const core = readdirSync(MAIN).filter((file) =>
      readFileSync(join(MAIN, file), 'utf8').includes('function createCore('),
    );
    expect(core).toHaveLength(1);
    const packages = staticPackages(core[0]!);
    expect(packages.has('node-mailjet')).toBe(false);
    expect(packages.has('xmlrpc')).toBe(false);
    expect(packages.has('tldts')).toBe(false);
  });
});
