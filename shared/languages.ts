export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Italian for any Italian locale (it, it-IT, it_CH.UTF-8), English for everything else. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale && /^it([-_.@]|$)/i.test(locale.trim()) ? 'it' : 'en';
}

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
