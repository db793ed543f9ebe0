import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../components/CopyField';
import { StatusBadge, type Status } from '../../components/StatusBadge';
import type { RecordsResult } from './dns-request';

type Row = RecordsResult['form']['rows'][number];

const ACTION_BADGE: Record<Row['action'], Status> = { add: 'pending', replace: 'warning', keep: 'ok' };

/** Values longer than a line (DKIM keys, long SPF records) wrap inside their own box. */
const isLong = (value: string) => value.length > 60;

/** One record as the panel's form wants it: what it is for, then each field with its own copy button. */
export function RecordCard({ row }: { row: Row }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <article className="dns-record" aria-labelledby={headingId}>
      <header className="dns-record-header">
        <h3 id={headingId}>{t(`dns.purposes.${row.purpose}.title`)}</h3>
        <StatusBadge status={ACTION_BADGE[row.action]} label={t(`dns.actions.${row.action}`)} />
      </header>
      <p className="dns-record-why">{t(`dns.purposes.${row.purpose}.why`)}</p>
      <dl className="dns-record-facts">
        <div>
          <dt>{t('dns.fields.type')}</dt>
          <dd>{row.type}</dd>
        </div>
        <div>
          <dt>{t('wizard.dns.ttlLabel')}</dt>
          <dd>{t('wizard.dns.ttlValue', { ttl: row.ttl })}</dd>
        </div>
      </dl>
      {row.action === 'keep' ? null : (
        <>
          {row.host === '' ? (
            <p className="dns-record-empty-host">
              <strong>{t('dns.fields.host')}</strong> {t('dns.fields.emptyHost')}
            </p>
          ) : (
            <CopyField label={t('dns.fields.host')} value={row.host} />
          )}
          <CopyField label={t('dns.fields.value')} value={row.value} long={isLong(row.value)} />
          {row.hostAlternative !== undefined || row.valueAlternative !== undefined ? (
            <details className="dns-record-parts">
              <summary>{t('wizard.dns.alternatives')}</summary>
              {row.hostAlternative !== undefined ? (
                <CopyField label={t('wizard.dns.hostAlternative')} value={row.hostAlternative} />
              ) : null}
              {row.valueAlternative !== undefined ? (
                <CopyField label={t('wizard.dns.valueAlternative')} value={row.valueAlternative} />
              ) : null}
            </details>
          ) : null}
          {row.valueParts?.length ? (
            <details className="dns-record-parts">
              <summary>{t('dns.fields.valueParts')}</summary>
              {row.valueParts.map((part, index) => (
                <CopyField key={index} label={t('wizard.dns.valuePart', { number: index + 1 })} value={part} long />
              ))}
            </details>
          ) : null}
          {row.previous ? (
            <div className="dns-record-previous">
              <p className="dns-label">{t('dns.fields.previous')}</p>
              <p className="dns-code">{row.previous}</p>
            </div>
          ) : null}
        </>
      )}
      {row.notes.length ? (
        <ul className="dns-notes">
          {row.notes.map((note, index) => (
            <li key={`${note.code}-${index}`}>{t(`dns.notices.${note.code}`, note.params ?? {})}</li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
