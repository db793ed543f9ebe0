import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nOptions, withFallback } from '@shared/i18n';
import type { CatalogPart } from '@shared/i18n-parts';
import type { Language } from '@shared/languages';

type Catalog = Record<string, unknown>;

// Each language's catalog comes in two parts, cut by the build (shared/i18n-parts.ts): the words of the
// first screen (the shell and the Welcome step, a few KB) with the page, the rest when the page is idle or
// before any other step shows. A translator in a language also reads English, the fallback.

const PARTS: Record<Language, Record<CatalogPart, () => Promise<{ default: Catalog }>>> = {
  en: { first: () => import('virtual:catalog/en/first'), rest: () => import('virtual:catalog/en/rest') },
  it: { first: () => import('virtual:catalog/it/first'), rest: () => import('virtual:catalog/it/rest') },
};

const fetched = new Map<string, Promise<Catalog>>();

/** Fetches one part once; asked again, answers the same promise. */
export function loadPart(language: Language, part: CatalogPart): Promise<Catalog> {
  const key = `${language}/${part}`;
  let catalog = fetched.get(key);
  if (!catalog) {
    catalog = PARTS[language][part]().then((m) => m.default);
    // A part that failed (the page lost its server) is asked again next time rather than failing for good.
    catalog.catch(() => fetched.delete(key));
    fetched.set(key, catalog);
  }
  return catalog;
}

/** The first screen's words in `language` and in English, as i18next takes them. */
export async function firstScreenResources(language: Language): Promise<Resource> {
  const languages = withFallback(language);
  const catalogs = await Promise.all(languages.map((each) => loadPart(each, 'first')));
  return Object.fromEntries(languages.map((each, i) => [each, { translation: catalogs[i]! }]));
}

/** The parts i18next holds, by `language/part`. */
const added = new Set<string>();

/** Starts with the first screen's words; a component re-renders when more words are added. */
export async function initI18n(language: Language, resources?: Resource) {
  await i18next.use(initReactI18next).init({
    ...i18nOptions(language, resources ?? (await firstScreenResources(language))),
    react: { bindI18nStore: 'added' },
  });
  for (const each of withFallback(language)) added.add(`${each}/first`);
  applyDocumentLanguage(language);
  return i18next;
}

async function addParts(language: Language, parts: CatalogPart[]): Promise<void> {
  const missing = parts.filter((part) => !added.has(`${language}/${part}`));
  const catalogs = await Promise.all(missing.map((part) => loadPart(language, part)));
  missing.forEach((part, i) => {
    if (added.has(`${language}/${part}`)) return;
    i18next.addResourceBundle(language, 'translation', catalogs[i], true, false);
    added.add(`${language}/${part}`);
  });
}

/** Every word of the language shown and of English: before a step other than Welcome shows, and when idle. */
export async function completeCatalogs(): Promise<void> {
  await Promise.all(withFallback(i18next.language as Language).map((each) => addParts(each, ['first', 'rest'])));
}

export async function switchLanguage(language: Language): Promise<void> {
  await Promise.all(withFallback(language).map((each) => addParts(each, ['first', 'rest'])));
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}

/** Screen readers and hyphenation follow <html lang>; the title follows the language too. */
function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.title = i18next.t('app.title');
}
