import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nOptions, loadCatalog, loadResources } from '@shared/i18n';
import type { Language } from '@shared/languages';

/** Starts with the catalog of the language shown (and English, the fallback); the other comes if chosen. */
export async function initI18n(language: Language, resources?: Resource) {
  await i18next.use(initReactI18next).init(i18nOptions(language, resources ?? (await loadResources(language))));
  applyDocumentLanguage(language);
  return i18next;
}

export async function switchLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation'))
    i18next.addResourceBundle(language, 'translation', await loadCatalog(language));
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}

/** Screen readers and hyphenation follow <html lang>; the title follows the language too. */
function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.title = i18next.t('app.title');
}
