import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '@shared/errors';
import { LANGUAGES, type Language } from '@shared/languages';
import { saveLanguage } from '../data/language';
import { switchLanguage } from '../i18n';

export function LanguageSwitch({ onError }: { onError: (error: ErrorPayload) => void }) {
  const { t, i18n } = useTranslation();
  const change = async (language: Language) => {
    const refused = await saveLanguage(language);
    if (refused) return onError(refused);
    await switchLanguage(language);
  };
  return (
    <label className="language-switch">
      <span>{t('app.language')}</span>
      <select value={i18n.language} onChange={(event) => void change(event.target.value as Language)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`app.languageNames.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
