import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '@shared/errors';
import { describeError } from '@shared/i18n';

/** An error as the user should meet it: what happened and what to do, never a code dump. */
export function ErrorNotice({ error, onRetry }: { error: ErrorPayload; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { message, next } = describeError(t, error);
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-message">{message}</p>
      {next ? <p className="notice-next">{next}</p> : null}
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}
