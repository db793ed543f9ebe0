import { useTranslation } from 'react-i18next';

export type Status = 'ok' | 'pending' | 'warning' | 'error' | 'unknown';

/** A status in words and colour; the colour is never the only signal. */
export function StatusBadge({ status, label }: { status: Status; label?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge is-${status}`}>
      <span aria-hidden="true" className="status-icon">
        {status === 'ok'
          ? '✓'
          : status === 'error'
            ? '✕'
            : status === 'warning'
              ? '!'
              : status === 'pending'
                ? '…'
                : '?'}
      </span>
      {label ?? t(`status.${status}`)}
    </span>
  );
}
