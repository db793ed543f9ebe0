import i18next, { type i18n, type Resource, type TFunction } from 'i18next';
import type { ErrorPayload } from './errors';
import { LANGUAGES, type Language } from './languages';

// One catalog per language, shared by the renderer and the CLI, so a sentence is written once. Each is
// a chunk of its own: a face reads the language it shows and English (the fallback), never both for nothing.
// The page loads them in two parts cut by the build (shared/i18n-parts.ts, renderer/i18n.ts), not from here.

type Catalog = Record<string, unknown>;

const CATALOG_LOADERS: Record<Language, () => Promise<Catalog>> = {
  it: () => import('./locales/it.json').then((m) => m.default),
  en: () => import('./locales/en.json').then((m) => m.default),
};

function loadCatalog(language: Language): Promise<Catalog> {
  return CATALOG_LOADERS[language]();
}

/** The languages a translator in `language` reads: that one and English, the fallback. */
export const withFallback = (language: Language): Language[] => (language === 'en' ? ['en'] : [language, 'en']);

/** The catalogs a translator in `language` needs: that language and the fallback. */
export async function loadResources(language: Language): Promise<Resource> {
  const languages = withFallback(language);
  const catalogs = await Promise.all(languages.map(loadCatalog));
  return Object.fromEntries(languages.map((lng, i) => [lng, { translation: catalogs[i]! }]));
}

/** The same i18next settings for every face: React escapes on its own, so i18next must not escape twice. */
export function i18nOptions(language: Language, resources: Resource) {
  return {
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  } as const;
}

/**
 * `escape`, when given, is applied to every interpolated value: the CLI passes one that neutralises
 * control characters, since a terminal (unlike React) obeys what it is sent.
 */
export async function createTranslator(
  language: Language,
  options: { escape?: (value: string) => string } = {},
): Promise<i18n> {
  const instance = i18next.createInstance();
  const base = i18nOptions(language, await loadResources(language));
  await instance.init(
    options.escape ? { ...base, interpolation: { escapeValue: true, escape: options.escape } } : base,
  );
  return instance;
}

/**
 * The sentence and the next step for an error code, with a generic pair when a code has none. The
 * command line has next steps the wizard has not (environment variables): `nextCli` where a code has one.
 */
export function describeError(t: TFunction, error: ErrorPayload, face?: 'cli'): { message: string; next: string } {
  const params = error.params ?? {};
  const known = t(`errors.${error.code}.message`, { ...params, defaultValue: '' });
  if (!known) return { message: t('errors.app.internal.message'), next: t('errors.app.internal.next') };
  const general = t(`errors.${error.code}.next`, { ...params, defaultValue: '' });
  return {
    message: known,
    next: face === 'cli' ? t(`errors.${error.code}.nextCli`, { ...params, defaultValue: general }) : general,
  };
}
