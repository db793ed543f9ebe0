import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyFieldProps {
  label: string;
  value: string;
  /** Long values (DKIM keys) wrap inside the field instead of stretching the page. */
  long?: boolean;
}

/** A value to paste elsewhere, with its own copy button that says so when it has copied. */
export function CopyField({ label, value, long }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id} className="copy-field-label">
        {label}
      </label>
      <div className="copy-field-row">
        {long ? (
          <textarea
            id={id}
            className="copy-field-value is-long"
            readOnly
            value={value}
            rows={3}
            onFocus={(e) => e.currentTarget.select()}
          />
        ) : (
          <input
            id={id}
            className="copy-field-value"
            readOnly
            value={value}
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
        <button
          type="button"
          className="button button-secondary copy-button"
          onClick={() => void copy()}
          aria-describedby={`${id}-status`}
        >
          {t('copy.button')}
        </button>
      </div>
      <span id={`${id}-status`} className={`copy-status is-${state}`} role="status" aria-live="polite">
        {state === 'copied' ? t('copy.copied') : state === 'failed' ? t('copy.failed') : ''}
      </span>
    </div>
  );
}
