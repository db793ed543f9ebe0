import { useTranslation } from 'react-i18next';

interface Props {
  busy: boolean;
  /** No keychain answers and a password is asked: connecting keeps it for this session only, and says so. */
  session: boolean;
  onKeepCurrent?: () => void;
}

/** The form's buttons: connect, and keep the connection already saved when there is one. */
export function ConnectionActions({ busy, session, onKeepCurrent }: Props) {
  const { t } = useTranslation();
  return (
    <div className="odoo-connection-actions">
      <button type="submit" className="button button-primary" disabled={busy}>
        {t(session ? 'wizard.odoo-connection.form.connectSession' : 'wizard.odoo-connection.form.connect')}
      </button>
      {onKeepCurrent ? (
        <button type="button" className="button button-secondary" onClick={onKeepCurrent} disabled={busy}>
          {t('wizard.odoo-connection.form.keepCurrent')}
        </button>
      ) : null}
    </div>
  );
}
