import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../shared/locales/en.json';
import it from '../shared/locales/it.json';
import type { Language } from '../shared/languages';

export async function initI18n(language: Language) {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['it', 'en'],
    resources: { it: { translation: it }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLanguage(language);
  return i18next;
}

/** Screen readers and hyphenation follow <html lang>; the title follows the language too. */
export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.title = i18next.t('app.title');
}
