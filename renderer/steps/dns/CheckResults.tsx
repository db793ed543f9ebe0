import { useTranslation } from 'react-i18next';
import type { CheckStatus } from '@shared/dns/vocabulary';
import { StatusBadge, type Status } from '../../components/StatusBadge';
import type { CheckResult } from './dns-request';

const BADGE: Record<CheckStatus, Status> = {
  ok: 'ok',
  propagating: 'pending',
  'lookup-failed': 'warning',
  missing: 'error',
  mismatch: 'error',
  multiple: 'error',
  'doubled-domain': 'error',
  'wrong-type': 'error',
  'include-after-all': 'error',
  truncated: 'error',
  'too-many-lookups': 'error',
};

/** Each record as the domain's nameservers publish it, with what is wrong and how to fix it in one sentence. */
export function CheckResults({ checked }: { checked: CheckResult }) {
  const { t } = useTranslation();
  const failing = checked.records.filter((record) => record.status !== 'ok').length;
  return (
    <>
      <p className="dns-summary" role="status">
        {failing ? t('wizard.dns.checkSummary.failing', { count: failing }) : t('wizard.dns.checkSummary.ok')}
      </p>
      <ul className="dns-check-list" aria-label={t('wizard.dns.checkListLabel')}>
        {checked.records.map((record) => (
          <li key={`${record.purpose}-${record.name}`} className="dns-check-row">
            <div className="dns-check-what">
              <span className="dns-check-purpose">{t(`dns.purposes.${record.purpose}.title`)}</span>
              <span className="dns-code">{record.name}</span>
            </div>
            <div className="dns-check-state">
              <StatusBadge status={BADGE[record.status]} label={t(`dns.status.${record.status}`)} />
              {record.hint ? (
                <p className="dns-check-hint">{t(`dns.hints.${record.hint.code}`, record.hint.params ?? {})}</p>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
