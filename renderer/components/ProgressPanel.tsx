import { useTranslation } from 'react-i18next';
import type { ProgressEvent } from '@shared/contract';

/** What a long operation is doing right now, how far along it is, and a way to stop it. */
export function ProgressPanel({ progress, onCancel }: { progress?: ProgressEvent | undefined; onCancel: () => void }) {
  const { t } = useTranslation();
  const label = progress
    ? t(progress.key, { ...(progress.params ?? {}), defaultValue: t('progress.working') })
    : t('progress.working');
  return (
    <div className="progress-panel" role="status" aria-live="polite">
      <p className="progress-label">{label}</p>
      {progress?.total ? (
        <progress max={progress.total} value={progress.done ?? 0} aria-label={label}>
          {t('progress.count', { done: progress.done ?? 0, total: progress.total })}
        </progress>
      ) : (
        <progress aria-label={label} />
      )}
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t('progress.cancel')}
      </button>
    </div>
  );
}
