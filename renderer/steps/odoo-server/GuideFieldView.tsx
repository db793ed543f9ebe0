import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '@shared/contract';
import { CopyField } from '../../components/CopyField';
import { useWizard } from '../../wizard-context';
import { SecretCopyButton } from './SecretCopyButton';
import { savedSecretLabel } from '../../components/saved-secret';

type GuideField = NonNullable<ChannelOutput<'odooGuide'>['steps'][number]['fields']>[number];
type SecretStatus = ChannelOutput<'keychainStatus'>['secrets']['mailjet'];

/** One field of Odoo's server form: its label as Odoo shows it, what to put there, and why. */
export function GuideFieldView({ field, secret }: { field: GuideField; secret: SecretStatus | undefined }) {
  const { t } = useTranslation();
  const { goTo } = useWizard();
  const noteId = useId();
  const label = t(field.labelKey);
  const note = field.noteKey ? (
    <p id={noteId} className="os-guide-field-note">
      {t(field.noteKey, { ...(field.noteParams ?? {}) })}
    </p>
  ) : null;
  const value = field.value;

  if (value.kind === 'text') {
    return (
      <li className="os-guide-field">
        <CopyField label={label} value={value.text} />
        {note}
      </li>
    );
  }
  return (
    <li className="os-guide-field">
      <span className="os-guide-field-label">{label}</span>
      {value.kind === 'label' ? (
        <p className="os-guide-field-value">{t('wizard.odoo-server.guide.chooseOption', { option: t(value.key) })}</p>
      ) : null}
      {value.kind === 'unknown' ? (
        <p className="os-guide-field-value">{t('wizard.odoo-server.guide.fillInYourself')}</p>
      ) : null}
      {value.kind === 'keychain' && secret?.saved ? (
        <>
          <p className="os-guide-field-value">
            {savedSecretLabel(t, { endsWith: secret.endsWith, keptForSession: secret.source === 'session' })}
          </p>
          <SecretCopyButton describedBy={field.noteKey ? noteId : undefined} />
        </>
      ) : null}
      {value.kind === 'keychain' && secret && !secret.saved ? (
        <>
          <p className="os-guide-field-value">{t('wizard.odoo-server.guide.secretNotSaved')}</p>
          <button type="button" className="button button-secondary" onClick={() => goTo('mailjet-keys')}>
            {t('wizard.odoo-server.guide.openMailjetKeys')}
          </button>
        </>
      ) : null}
      {note}
    </li>
  );
}
