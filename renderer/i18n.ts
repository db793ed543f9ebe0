import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nOptions } from '../shared/i18n';
import type { Language } from '../shared/languages';

export async function initI18n(language: Language) {
  await i18next.use(initReactI18next).init(i18nOptions(language));
  applyDocumentLanguage(language);
  return i18next;
}

/** Screen readers and hyphenation follow <html lang>; the title follows the language too. */
export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.title = i18next.t('app.title');
}
