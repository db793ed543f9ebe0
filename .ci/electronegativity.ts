import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// `npm run lint:electron` (CI's lint job, .ci/run): Doyensec's Electronegativity over our sources (main/
// and renderer/). It exits 0 whatever it finds, so the findings are read here. Three checks fire on any
// app that has a preload, opens any link or uses 'self' in script-src; each was reviewed and is accepted
// only at the place named below. Any other finding, any finding above LOW/MEDIUM, a failed run or a
// network request beyond the tool's own translations makes this exit 1.
export const REVIEWED = [
  // The preload exposes one invoke per contract channel and nothing else (test/unit/main/preload).
  { id: 'PRELOAD_JS_CHECK', file: 'main/app/main-window.ts' },
  // The single shell.openExternal call, behind the allow-list checked on the line above it.
  { id: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/app/external-links.ts' },
  // script-src 'self' is "maybe weak" only for apps that host JSONP or user uploads; ours hosts its own bundle.
  { id: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html' },
];

const TOOL = 'node_modules/@doyensec/electronegativity';
// AvailableSecurityFixesGlobalCheck downloads Electron's release list from GitHub on every run (even with
// -e); it is left out so the run is offline and repeatable. Known Electron fixes are npm audit's job.
const ONLINE_CHECK = 'AvailableSecurityFixesGlobalCheck';

export interface Finding {
  id: string;
  severity: string;
  file: string;
  location: string;
}

/** The tool's CSV report (quoted fields, doubled quotes) as findings; the header row is dropped. */
export function parseCsv(text: string): Finding[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      endField();
    } else if (!quoted && c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else {
      field += c;
    }
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows
    .slice(1)
    .filter((r) => r.length > 4)
    .map((r) => ({ id: r[0]!, severity: r[1]!, file: r[3]!, location: r[4]! }));
}

/** What must fail the lint job: findings not reviewed at their place, and any HIGH or CRITICAL one. */
export function problemsIn(findings: Finding[]): string[] {
  const unexpected = findings.filter((f) => !REVIEWED.some((r) => r.id === f.id && f.file.endsWith(r.file)));
  const severe = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL');
  return [...new Set([...unexpected, ...severe])].map((f) => `${f.id} (${f.severity}) at ${f.file}:${f.location}`);
}

/** Runs the tool over a copy of main/ and renderer/ under `root`; answers the problems found (none: pass). */
export function checkSources(root: string): string[] {
  const bin = join(root, TOOL, 'dist/index.js');
  const translations = (JSON.parse(readFileSync(join(root, TOOL, 'package.json'), 'utf8')) as { i18nSource: string })
    .i18nSource;
  const electronVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
  ).version;
  const work = mkdtempSync(join(tmpdir(), 'assistant-electronegativity-'));
  try {
    cpSync(join(root, 'main'), join(work, 'main'), { recursive: true });
    cpSync(join(root, 'renderer'), join(work, 'renderer'), { recursive: true });
    const report = join(work, 'report.csv');
    // Run through a preload that makes its HTTP client fail locally and records what it asked for.
    const asked = join(work, 'fetched.txt');
    writeFileSync(asked, '');
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        pathToFileURL(resolve(root, '.ci/offline-got.mjs')).href,
        bin,
        '-i',
        work,
        '-e',
        electronVersion,
        '-x',
        ONLINE_CHECK,
        '-r',
        '-v',
        'false',
        '-o',
        report,
      ],
      { encoding: 'utf8', timeout: 120_000, env: { ...process.env, OFFLINE_GOT_LOG: asked } },
    );
    if (run.status !== 0 || !existsSync(report))
      return [`electronegativity did not run (exit ${run.status}): ${run.stderr || run.error?.message || ''}`.trim()];
    // The start-up translation download (for the tool's own messages) is harmless once refused; the
    // release list is never asked for, so the result cannot depend on the network or on GitHub.
    const fetched = readFileSync(asked, 'utf8')
      .split('\n')
      .filter((url) => url && !url.startsWith(translations))
      .map((url) => `electronegativity tried to fetch ${url}`);
    return [...fetched, ...problemsIn(parseCsv(readFileSync(report, 'utf8')))];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.cwd();
  if (!existsSync(join(root, TOOL))) {
    process.stderr.write('electronegativity: not installed (npm ci installs it as a dev dependency)\n');
    process.exitCode = 1;
  } else {
    const problems = checkSources(root);
    for (const problem of problems) process.stderr.write(`electronegativity: ${problem}\n`);
    if (problems.length) {
      process.stderr.write(
        'electronegativity: fix the finding, or review it and add it to REVIEWED in .ci/electronegativity.ts with the reason\n',
      );
      process.exitCode = 1;
    } else {
      process.stdout.write('electronegativity: nothing beyond the reviewed items\n');
    }
  }
}
