import { useTranslation } from 'react-i18next';
import type { EmailType } from './sender-choices';
import type { SenderForm } from './useSenderForm';

const TYPES: readonly EmailType[] = ['transactional', 'bulk'];

/** The type Mailjet asks for in its "Email Information" form; it sets how Mailjet treats the senders. */
export function EmailTypeChoice({ form }: { form: SenderForm }) {
  const { t } = useTranslation();
  return (
    <fieldset className="choices senders-choices">
      <legend>{t('wizard.senders.typeLegend')}</legend>
      <p className="senders-help">{t('wizard.senders.typeIntro')}</p>
      {TYPES.map((type) => (
        <label key={type} className={`choice${form.emailType === type ? ' is-selected' : ''}`}>
          <input
            type="radio"
            name="senders-email-type"
            checked={form.emailType === type}
            onChange={() => void form.setEmailType(type)}
          />
          <span>
            <span className="choice-title">{t(`wizard.senders.type.${type}.title`)}</span>
            <span className="choice-description">{t(`wizard.senders.type.${type}.description`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
