import { describe, expect, it } from 'vitest';
import { catalogPart } from '@shared/i18n-parts';
import en from '@shared/locales/en.json';
import it_ from '@shared/locales/it.json';

// The page's catalogs in two parts, cut from the translators' one file per language: together they hold
// every key the page may read, neither holds a key twice, the first is small, and a key added anywhere
// but the first screen's sections lands in the rest without anyone listing it.

type Catalog = Record<string, unknown>;

function leaves(catalog: Catalog, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leaves(value as Catalog, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe.each([
  ['en', en],
  ['it', it_],
] as const)('the %s catalog, cut for the page', (_language, catalog) => {
  const first = catalogPart(catalog, 'first');
  const rest = catalogPart(catalog, 'rest');

  it('holds every key once, across its two parts, but the command line’s and the desktop menu’s', () => {
    const page = leaves(catalog).filter((key) => !key.startsWith('cli.') && !key.startsWith('menu.'));
    expect([...leaves(first), ...leaves(rest)].sort()).toEqual(page.sort());
  });

  it('sends the first screen its own words only: the shell, the step titles, Welcome, the links and its errors', () => {
    expect(Object.keys(first).sort()).toEqual(['app', 'docs', 'errors', 'steps', 'welcome']);
    expect(Object.keys(first.errors as Catalog).sort()).toEqual(['app', 'settings', 'web']);
    expect(JSON.stringify(first).length).toBeLessThan(JSON.stringify(catalog).length / 10);
  });

  it('puts a key added elsewhere (a DNS step word, a new error) in the rest', () => {
    const grown = structuredClone(catalog) as Catalog;
    (grown.dns as Catalog).publish = { ...((grown.dns as Catalog).publish as Catalog), brandNew: 'x' };
    (grown.errors as Catalog).brandNewArea = { failed: { message: 'x', next: 'y' } };
    const grownRest = leaves(catalogPart(grown, 'rest'));
    expect(grownRest).toContain('dns.publish.brandNew');
    expect(grownRest).toContain('errors.brandNewArea.failed.message');
    expect(leaves(catalogPart(grown, 'first'))).toEqual(leaves(first));
  });
});
