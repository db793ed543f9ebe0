// The page loads each catalog in two parts: what its first screen reads (the shell and the Welcome step)
// with the page, the rest once that screen is up (or before another step shows). The catalogs themselves
// stay whole (shared/locales/*.json, one file per language for the translators); the build cuts them by
// key here, so a key added anywhere else lands in the rest without anyone listing it.

type Catalog = Record<string, unknown>;

export type CatalogPart = 'first' | 'rest';

/**
 * What the first screen reads, as sections (`app`) or subsections (`errors.web`): the shell's words, the
 * step titles in the list, the Welcome step, the documentation links, and the errors the shell itself can
 * show (saving the progress or the language, the page losing its session).
 */
const FIRST_SCREEN = ['app', 'steps', 'welcome', 'docs', 'errors.app', 'errors.web', 'errors.settings'];

/** Words for the command line and the desktop menu only: never sent to the page. */
const NOT_IN_PAGE = ['cli', 'menu'];

const isObject = (value: unknown): value is Catalog => typeof value === 'object' && value !== null;

/** Keeps the keys `wanted` says yes to, walking one level into a section some of whose subsections are listed. */
function pick(catalog: Catalog, wanted: (path: string) => boolean | 'some', prefix = ''): Catalog {
  const picked: Catalog = {};
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix + key;
    const verdict = wanted(path);
    if (verdict === true) picked[key] = value;
    else if (verdict === 'some' && isObject(value)) {
      const inner = pick(value, wanted, `${path}.`);
      if (Object.keys(inner).length > 0) picked[key] = inner;
    }
  }
  return picked;
}

const listed = (list: string[], path: string): boolean | 'some' =>
  list.includes(path) ? true : list.some((entry) => entry.startsWith(`${path}.`)) ? 'some' : false;

/** One part of a language's catalog, as the page loads it. Together the two parts hold every key the page reads. */
export function catalogPart(catalog: Catalog, part: CatalogPart): Catalog {
  const inPage = (path: string) => listed(NOT_IN_PAGE, path) !== true;
  if (part === 'first') return pick(catalog, (path) => inPage(path) && listed(FIRST_SCREEN, path));
  return pick(catalog, (path) => {
    if (!inPage(path)) return false;
    const first = listed(FIRST_SCREEN, path);
    return first === true ? false : first === 'some' ? 'some' : true;
  });
}
