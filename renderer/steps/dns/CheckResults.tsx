import { useTranslation } from 'react-i18next';
import type { CheckStatus } from '@shared/dns/vocabulary';
import { StatusBadge, type Status } from '../../components/StatusBadge';
import { StatusList, StatusNote, StatusRow } from '../../components/StatusList';
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
      <StatusList label={t('wizard.dns.checkListLabel')}>
        {checked.records.map((record) => (
          <StatusRow
            key={`${record.purpose}-${record.name}`}
            title={t(`dns.purposes.${record.purpose}.title`)}
            detail={record.name}
          >
            <StatusBadge status={BADGE[record.status]} label={t(`dns.status.${record.status}`)} />
            {record.hint ? (
              <StatusNote>{t(`dns.hints.${record.hint.code}`, record.hint.params ?? {})}</StatusNote>
            ) : null}
          </StatusRow>
        ))}
      </StatusList>
    </>
  );
}
