import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import semver from 'semver';

// CI: every package the shipped app runs (our `dependencies` and what they pull in, as package-lock.json
// records it) must accept every Node version package.json's `engines.node` promises. Dev tools are left
// out on purpose: electron and its tooling declare newer Node versions for themselves (see .npmrc).

export interface LockEntry {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  engines?: unknown;
}

export interface EngineMismatch {
  name: string;
  version: string;
  requires: string;
}

/** The Node range a package declares, or undefined when it declares none (npm then accepts any). */
function declaredNodeRange(engines: unknown): string | undefined {
  if (engines && typeof engines === 'object' && !Array.isArray(engines)) {
    const node = (engines as Record<string, unknown>).node;
    return typeof node === 'string' ? node : undefined;
  }
  return undefined;
}

/** Runtime packages of a lockfile (v2/v3) whose declared Node range leaves out part of `supported`. */
export function engineMismatches(supported: string, packages: Record<string, LockEntry>): EngineMismatch[] {
  if (!semver.validRange(supported)) throw new Error(`package.json engines.node is not a semver range: ${supported}`);
  const mismatches: EngineMismatch[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    // "" is the project itself; dev and dev-only optional packages never run in the shipped app.
    if (!path || entry.dev || entry.devOptional) continue;
    const requires = declaredNodeRange(entry.engines);
    if (requires === undefined) continue;
    // An unparsable range is a mismatch too: npm would warn, and we cannot prove it is harmless.
    const fits = semver.validRange(requires) !== null && semver.subset(supported, requires);
    if (!fits)
      mismatches.push({
        name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length),
        version: entry.version ?? '?',
        requires,
      });
  }
  return mismatches;
}

export function checkProject(root: string): { supported: string; mismatches: EngineMismatch[] } {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines?: { node?: string } };
  const supported = manifest.engines?.node;
  if (!supported) throw new Error('package.json declares no engines.node: say which Node versions the app supports');
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages?: Record<string, LockEntry>;
  };
  if (!lock.packages) throw new Error('package-lock.json has no "packages" map (lockfile v2 or newer is needed)');
  return { supported, mismatches: engineMismatches(supported, lock.packages) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { supported, mismatches } = checkProject(process.cwd());
  for (const m of mismatches) {
    process.stderr.write(
      `engines: ${m.name}@${m.version} requires Node ${m.requires}, but package.json supports ${supported}\n`,
    );
  }
  if (mismatches.length) {
    process.stderr.write(
      'engines: pick a version of each package above that supports our range, or change engines.node and the README together\n',
    );
    process.exitCode = 1;
  } else {
    process.stdout.write(`engines: every runtime dependency accepts Node ${supported}\n`);
  }
}
