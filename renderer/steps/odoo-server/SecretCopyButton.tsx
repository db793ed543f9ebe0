import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useCopySecret } from '../../data/mutations';

/**
 * Puts the Mailjet secret key on the system clipboard straight from the keychain: the page never
 * holds it, and the core empties the clipboard again after a while.
 */
export function SecretCopyButton({ describedBy }: { describedBy?: string }) {
  const { t } = useTranslation();
  const copied = useCopySecret();
  const copy = () => copied.run({ name: 'mailjet' });
  const clearedAfter = copied.value?.clearedAfterSeconds;
  const { error } = copied;
  const copying = copied.pending;

  return (
    <div className="os-secret-copy">
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void copy()}
        disabled={copying}
        aria-describedby={describedBy}
      >
        {t('wizard.odoo-server.guide.copySecret')}
      </button>
      <p className="os-secret-copy-status" role="status" aria-live="polite">
        {clearedAfter !== undefined ? t('wizard.odoo-server.guide.secretCopied', { count: clearedAfter }) : ''}
      </p>
      {error ? <ErrorNotice error={error} onRetry={() => void copy()} /> : null}
    </div>
  );
}
