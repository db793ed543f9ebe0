import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// What the page fetches before its first screen, as built: the Welcome step runs without the query cache
// (TanStack Query), which comes with the first other step.
const RENDERER = resolve(process.env.ASSISTANT_OUT_DIR || 'out', 'renderer');
const INDEX = join(RENDERER, 'index.html');

/** Messages of TanStack Query that minification keeps. */
const QUERY_MARKS = [/No QueryClient set/, /Missing queryFn/];

describe.skipIf(!existsSync(INDEX))('the built first screen', () => {
  // The entry module and what index.html preloads, as `npm run bench` counts the first script.
  const html = readFileSync(INDEX, 'utf8');
  const first = [
    ...html.matchAll(/<(?:script[^>]+type="module"[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+)"/g),
  ].map((m) => `/${m[1]}`);
  const read = (file: string) => readFileSync(join(RENDERER, file), 'utf8');
  const allScripts = readdirSync(join(RENDERER, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `/assets/${file}`);

  it('is the app’s module script (React included) and what it preloads', () => {
    expect(first.length).toBeGreaterThan(0);
    expect(first.map(read).join('\n')).toContain('createRoot');
  });

  it('carries no TanStack Query, which is in a chunk of its own for the other steps', () => {
    const firstCode = first.map(read).join('\n');
    const laterCode = allScripts
      .filter((file) => !first.includes(file))
      .map(read)
      .join('\n');
    for (const mark of QUERY_MARKS) {
      expect(firstCode).not.toMatch(mark);
      expect(laterCode).toMatch(mark);
    }
  });
});
