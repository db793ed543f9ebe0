// The import rules of docs/architecture.md, written once. ESLint enforces them while you type
// (eslint.config.js turns this table into its `layers/imports` rule) and test/unit/build/architecture.test.ts
// checks every import of the tree with the same table, so the page, the linter and the test cannot drift.
import path from 'node:path';

/** The path aliases of tsconfig.json: one per top-level folder. */
const ALIASES = {
  '@main/': 'main/',
  '@shared/': 'shared/',
  '@renderer/': 'renderer/',
  '@test/': 'test/',
  '@ci/': '.ci/',
};

/** An import may climb at most this many folders (`../../x`); beyond it, use an alias. */
const MAX_LEVELS_UP = 2;

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'http',
  'https',
  'net',
  'dns',
  'child_process',
  'crypto',
  'url',
  'util',
  'stream',
];
const isNodeBuiltin = (spec) => spec.startsWith('node:') || NODE_BUILTINS.includes(spec.split('/')[0]);
const isElectron = (spec) => spec === 'electron' || spec === 'electron-store';
const FACES = ['main/app/', 'main/web/', 'main/cli/', 'main/preload/'];

/**
 * Each rule: the files it covers (`folder`, minus `except`), the repository paths they must never import
 * (`forbidden`, minus `allow`), paths they may import for types only (`typeOnly`), the packages they must
 * never import, and the reason the linter prints. Paths are prefixes of resolved paths without extension.
 */
const RULES = [
  {
    folder: 'renderer/',
    forbidden: ['main/'],
    forbiddenPackage: (spec) => isElectron(spec) || isNodeBuiltin(spec),
    reason: 'The renderer knows only shared/ and window.assistant.',
  },
  {
    folder: 'renderer/',
    except: ['renderer/data/', 'renderer/bridge.ts'],
    forbidden: ['renderer/bridge'],
    reason: 'Only the data layer (renderer/data/) calls the core: use its query, mutation or operation hooks.',
  },
  {
    folder: 'shared/',
    forbidden: ['main/', 'renderer/'],
    forbiddenPackage: (spec) => isElectron(spec) || isNodeBuiltin(spec),
    reason: 'shared/ is pure: no Node built-ins, no electron, no main/ or renderer/.',
  },
  {
    folder: 'main/core/',
    forbidden: [...FACES, 'main/compose'],
    typeOnly: ['main/host/'],
    forbiddenPackage: isElectron,
    reason:
      'The core runs under plain Node, never imports a face or electron, and receives the host from main/compose.ts (its types only).',
  },
  {
    folder: 'main/host/',
    forbidden: [...FACES, 'main/sandbox/', 'main/compose', 'main/core/'],
    allow: ['main/core/redaction'],
    forbiddenPackage: isElectron,
    reason:
      'The host runs under plain Node and knows no face, no stand-in and, of the work, only the redaction of secrets.',
  },
  {
    folder: 'main/sandbox/',
    forbidden: [...FACES, 'main/compose'],
    forbiddenPackage: isElectron,
    reason: 'The stand-ins run under plain Node and never import a face or electron.',
  },
  {
    folder: 'main/web/',
    forbidden: ['main/app/', 'main/cli/', 'main/preload/'],
    forbiddenPackage: isElectron,
    reason: 'A face never imports another face, and only the desktop face imports electron.',
  },
  {
    folder: 'main/web/page/',
    forbidden: ['main/', 'renderer/'],
    allow: ['main/web/page/'],
    forbiddenPackage: (spec) => isElectron(spec) || isNodeBuiltin(spec),
    reason: "The browser face's page script runs in the page: it knows only shared/ and its own folder.",
  },
  {
    folder: 'main/cli/',
    forbidden: ['main/app/', 'main/preload/'],
    forbiddenPackage: isElectron,
    reason:
      'A face never imports another face (the CLI may start the browser face), and only the desktop face imports electron.',
  },
  {
    folder: 'main/cli/',
    forbidden: [
      'main/core/mailjet/',
      'main/core/odoo/',
      'main/core/dns/',
      'main/core/context',
      'main/core/app-handlers',
      'main/core/demo-handlers',
      'main/core/operations',
    ],
    reason: 'The command line reaches the core only through its channels: callChannel in main/cli/call-channel.ts.',
  },
  {
    folder: 'main/app/',
    forbidden: ['main/web/', 'main/cli/'],
    reason: 'A face never imports another face.',
  },
];

/** The repository path a specifier points at, or null for a package. `file` is repository-relative. */
function resolveSpecifier(file, spec) {
  for (const [alias, folder] of Object.entries(ALIASES))
    if (spec.startsWith(alias)) return folder + spec.slice(alias.length);
  if (spec.startsWith('./') || spec.startsWith('../'))
    return path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  return null;
}

const under = (target, prefixes = []) => prefixes.some((prefix) => target.startsWith(prefix));

/**
 * Why `spec`, imported from the repository-relative `file`, breaks a rule; null when it is fine.
 * `typeOnly`: the import brings types only (`import type`), which some rules allow.
 */
export function importProblem(file, spec, typeOnly = false) {
  const levels = (spec.match(/^(\.\.\/)+/)?.[0].length ?? 0) / 3;
  if (levels > MAX_LEVELS_UP)
    return `Climbs ${levels} folders: import it through its alias (@main/, @shared/, @renderer/, @test/, @ci/).`;
  const target = resolveSpecifier(file, spec);
  for (const rule of RULES) {
    if (!file.startsWith(rule.folder) || under(file, rule.except)) continue;
    if (target === null) {
      if (rule.forbiddenPackage?.(spec)) return rule.reason;
      continue;
    }
    const refused =
      (under(target, rule.forbidden) && !under(target, rule.allow)) || (!typeOnly && under(target, rule.typeOnly));
    if (refused) return rule.reason;
  }
  return null;
}
