import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// One data layer: outside renderer/data/ (and the bridge it wraps), no renderer file reaches the core
// itself. ESLint says so while editing (eslint.config.js); this says so in `npm test` too.

const root = join(import.meta.dirname, '../../../../renderer');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('the renderer', () => {
  it('calls the core only through renderer/data/', () => {
    const offenders = sources(root)
      .map((file) => relative(root, file))
      .filter((file) => !file.startsWith('data/') && file !== 'bridge.ts')
      .filter((file) => {
        const text = readFileSync(join(root, file), 'utf8');
        return (
          /from ['"][./]*\/?bridge['"]/.test(text) || /window\.assistant\b/.test(text) || /\bassistant\(\)/.test(text)
        );
      });
    expect(offenders).toEqual([]);
  });

  it('has the data layer where this test looks for it', () => {
    expect(
      sources(join(root, 'data'))
        .map((file) => relative(root, file))
        .sort(),
    ).toContain('data/channel.ts');
  });
});
