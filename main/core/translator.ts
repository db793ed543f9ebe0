import type { i18n } from 'i18next';
import { createTranslator } from '@shared/i18n';
import type { Language } from '@shared/languages';

// The core's words (a test e-mail's subject and body, an exported DNS sheet), one translator per language
// for the life of the process: loading a catalog and setting i18next up takes a while, the result never
// changes. A load that failed is not kept, so the next call tries again.

const translators = new Map<Language, Promise<i18n>>();

export function translatorFor(language: Language): Promise<i18n> {
  let words = translators.get(language);
  if (!words) {
    words = createTranslator(language);
    translators.set(language, words);
    words.catch(() => translators.delete(language));
  }
  return words;
}
