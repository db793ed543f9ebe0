import { useTranslation } from 'react-i18next';
import type { MailjetDomainReport } from '@shared/contract/mailjet';
import { StatusBadge, type Status } from '../../components/StatusBadge';
import { StatusList, StatusRow } from '../../components/StatusList';

type Check = MailjetDomainReport['spf']['status'];
const BADGE: Record<Check, Status> = {
  ok: 'ok',
  error: 'error',
  'not-found': 'error',
  'not-checked': 'pending',
  unknown: 'unknown',
};

/** What Mailjet concluded: the domain's ownership, and SPF and DKIM as it reads them. */
export function MailjetCheckResults({ report, guided }: { report: MailjetDomainReport; guided: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="dns-mailjet">
      <h3>{t('wizard.dns.mailjetTitle')}</h3>
      <StatusList>
        <StatusRow title={t('wizard.dns.mailjet.ownership')}>
          <StatusBadge
            status={report.domainValidated ? 'ok' : 'pending'}
            label={report.domainValidated ? t('wizard.dns.mailjet.validated') : t('wizard.dns.mailjet.notValidated')}
          />
        </StatusRow>
        {(['spf', 'dkim'] as const).map((part) => (
          <StatusRow key={part} title={t(`wizard.dns.mailjet.${part}`)}>
            <StatusBadge status={BADGE[report[part].status]} label={t(`mailjet.checks.${report[part].status}`)} />
          </StatusRow>
        ))}
      </StatusList>
      {report.complete ? <p className="dns-help">{t('wizard.dns.mailjet.complete')}</p> : null}
      {guided && !report.domainValidated ? <p className="dns-help">{t('wizard.dns.mailjet.validateByHand')}</p> : null}
    </div>
  );
}
