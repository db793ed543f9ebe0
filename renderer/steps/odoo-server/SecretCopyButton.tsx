import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../shared/errors';
import { assistant } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';

/**
 * Puts the Mailjet secret key on the system clipboard straight from the keychain: the page never
 * holds it, and the core empties the clipboard again after a while.
 */
export function SecretCopyButton({ describedBy }: { describedBy?: string }) {
  const { t } = useTranslation();
  const [clearedAfter, setClearedAfter] = useState<number | undefined>();
  const [error, setError] = useState<ErrorPayload | undefined>();
  const [copying, setCopying] = useState(false);

  const copy = async () => {
    setCopying(true);
    setError(undefined);
    setClearedAfter(undefined);
    const result = await assistant().clipboardCopySecret({ name: 'mailjet' });
    setCopying(false);
    if (result.ok) setClearedAfter(result.value.clearedAfterSeconds);
    else setError(result.error);
  };

  return (
    <div className="os-secret-copy">
      <button type="button" className="button button-secondary" onClick={() => void copy()} disabled={copying} aria-describedby={describedBy}>
        {t('wizard.odoo-server.guide.copySecret')}
      </button>
      <p className="os-secret-copy-status" role="status" aria-live="polite">
        {clearedAfter !== undefined ? t('wizard.odoo-server.guide.secretCopied', { count: clearedAfter }) : ''}
      </p>
      {error ? <ErrorNotice error={error} onRetry={() => void copy()} /> : null}
    </div>
  );
}
