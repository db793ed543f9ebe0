import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OdooInfo } from './useOdooConnection';

interface ConnectionSummaryProps {
  info: OdooInfo;
  busy: boolean;
  onChange(): void;
  onReadAgain(): void;
  /** Moves focus here when the summary replaces the form, so keyboard users are not left on nothing. */
  focusOnShow: boolean;
}

/** Which database the assistant is logged in to, and as whom; the details can be changed or read again. */
export function ConnectionSummary({ info, busy, onChange, onReadAgain, focusOnShow }: ConnectionSummaryProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);
  return (
    <section className="odoo-connection-card" aria-labelledby="odoo-connection-summary-title">
      <h2 id="odoo-connection-summary-title" ref={heading} tabIndex={-1}>
        {t('wizard.odoo-connection.summary.title')}
      </h2>
      <p className="odoo-connection-connected">
        {t('wizard.odoo-connection.summary.connected', { url: info.url, db: info.db, login: info.login })}
      </p>
      <div className="odoo-connection-actions">
        <button type="button" className="button button-secondary" onClick={onChange} disabled={busy}>
          {t('wizard.odoo-connection.summary.change')}
        </button>
        <button type="button" className="button button-secondary" onClick={onReadAgain} disabled={busy}>
          {t('wizard.odoo-connection.summary.readAgain')}
        </button>
      </div>
    </section>
  );
}
