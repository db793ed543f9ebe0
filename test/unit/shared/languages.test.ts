import { describe, expect, it } from 'vitest';
import { languageFromLocale } from '@shared/languages';

describe('language from the system locale', () => {
  it.each(['it', 'it-IT', 'it_IT.UTF-8', 'it_CH', 'IT-it'])('is Italian for %s', (locale) => {
    expect(languageFromLocale(locale)).toBe('it');
  });
  it.each(['en-US', 'de_DE.UTF-8', 'C', '', undefined, 'italian-ish'])('is English for %s', (locale) => {
    expect(languageFromLocale(locale)).toBe('en');
  });
});
