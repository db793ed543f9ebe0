// The import rules of docs/architecture.md, written once. ESLint enforces them while you type
// (eslint.config.js turns this table into its `layers/imports` rule) and test/unit/build/architecture.test.ts
// checks every import of the tree with the same table, so the page, the linter and the test cannot drift.
import path from 'node:path';

/** The path aliases of tsconfig.json: one per top-level folder. */
export const ALIASES = { '@main/': 'main/', '@shared/': 'shared/', '@renderer/': 'renderer/', '@test/': 'test/', '@ci/': '.ci/' };

/** An import may climb at most this many folders (`../../x`); beyond it, use an alias. */
export const MAX_LEVELS_UP = 2;

const NODE_BUILTINS = ['fs', 'path', 'os', 'http', 'https', 'net', 'dns', 'child_process', 'crypto', 'url', 'util', 'stream'];
const isNodeBuiltin = (spec) => spec.startsWith('node:') || NODE_BUILTINS.includes(spec.split('/')[0]);
const isElectron = (spec) => spec === 'electron' || spec === 'electron-store';

/**
 * Each layer: the folder it covers, and what it must never import — folders of the repository (as resolved
 * paths, whatever the specifier looked like) or packages — with the reason the linter prints.
 */
export const LAYERS = [
  {
    folder: 'renderer/',
    forbiddenFolders: ['main/'],
    forbiddenPackage: (spec) => isElectron(spec) || isNodeBuiltin(spec),
    reason: 'The renderer knows only shared/ and window.assistant.',
  },
  {
    folder: 'shared/',
    forbiddenFolders: ['main/', 'renderer/'],
    forbiddenPackage: (spec) => isElectron(spec) || isNodeBuiltin(spec),
    reason: 'shared/ is pure: no Node built-ins, no electron, no main/ or renderer/.',
  },
  {
    folder: 'main/core/',
    forbiddenFolders: ['main/app/', 'main/web/', 'main/cli/', 'main/preload/'],
    forbiddenPackage: isElectron,
    reason: 'The core runs under plain Node and never imports a face or electron.',
  },
  {
    folder: 'main/sandbox/',
    forbiddenFolders: ['main/app/', 'main/web/', 'main/cli/', 'main/preload/'],
    forbiddenPackage: isElectron,
    reason: 'The stand-ins run under plain Node and never import a face or electron.',
  },
  {
    folder: 'main/web/',
    forbiddenFolders: ['main/app/', 'main/cli/', 'main/preload/'],
    forbiddenPackage: isElectron,
    reason: 'A face never imports another face, and only the desktop face imports electron.',
  },
  {
    folder: 'main/cli/',
    forbiddenFolders: ['main/app/', 'main/preload/'],
    forbiddenPackage: isElectron,
    reason: 'A face never imports another face (the CLI may start the browser face), and only the desktop face imports electron.',
  },
  {
    folder: 'main/app/',
    forbiddenFolders: ['main/web/', 'main/cli/'],
    forbiddenPackage: () => false,
    reason: 'A face never imports another face.',
  },
];

/** The repository path a specifier points at, or null for a package. `file` is repository-relative. */
export function resolveSpecifier(file, spec) {
  for (const [alias, folder] of Object.entries(ALIASES)) if (spec.startsWith(alias)) return folder + spec.slice(alias.length);
  if (spec.startsWith('./') || spec.startsWith('../')) return path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  return null;
}

/** Why `spec`, imported from the repository-relative `file`, breaks a rule; null when it is fine. */
export function importProblem(file, spec) {
  const levels = (spec.match(/^(\.\.\/)+/)?.[0].length ?? 0) / 3;
  if (levels > MAX_LEVELS_UP) return `Climbs ${levels} folders: import it through its alias (@main/, @shared/, @renderer/, @test/, @ci/).`;
  const layer = LAYERS.find((l) => file.startsWith(l.folder));
  if (!layer) return null;
  const target = resolveSpecifier(file, spec);
  if (target === null) return layer.forbiddenPackage(spec) ? layer.reason : null;
  return layer.forbiddenFolders.some((folder) => target.startsWith(folder)) ? layer.reason : null;
}
