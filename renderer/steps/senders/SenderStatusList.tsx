import { useTranslation } from 'react-i18next';
import type { MailjetDomainReport } from '@shared/contract/mailjet';
import { StatusBadge, type Status } from '../../components/StatusBadge';
import { StatusList, StatusNote, StatusRow } from '../../components/StatusList';

type Sender = MailjetDomainReport['senders'][number];

const BADGE: Record<Sender['status'], Status> = {
  active: 'ok',
  covered: 'ok',
  inactive: 'pending',
  deleted: 'error',
  missing: 'warning',
};

function SenderRow({ sender, dnsAccess, guided }: { sender: Sender; dnsAccess: boolean; guided: boolean }) {
  const { t, i18n } = useTranslation();
  const requested = sender.activationRequestedAt ? new Date(sender.activationRequestedAt) : undefined;
  const when =
    requested && !Number.isNaN(requested.getTime())
      ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(requested)
      : undefined;
  return (
    <StatusRow title={t(`mailjet.roles.${sender.role}`)} detail={sender.email}>
      <StatusBadge status={BADGE[sender.status]} label={t(`mailjet.status.${sender.status}`)} />
      {sender.action && sender.id !== undefined ? (
        <span className="senders-status-action">{t(`mailjet.actions.${sender.action}`)}</span>
      ) : null}
      {guided && sender.status === 'missing' ? (
        <StatusNote>{t('wizard.senders.guided.addIt')}</StatusNote>
      ) : sender.status === 'covered' ? (
        <StatusNote>{t('mailjet.covered')}</StatusNote>
      ) : (
        <StatusNote>{t(`mailjet.waitingFor.${sender.waitingFor}`)}</StatusNote>
      )}
      {when && sender.status !== 'active' ? (
        <StatusNote muted>{t('wizard.senders.activationRequested', { date: when })}</StatusNote>
      ) : null}
      {sender.role === 'domain' && !dnsAccess && sender.status !== 'active' ? (
        <StatusNote muted>{t('wizard.senders.domainRowWithoutDns')}</StatusNote>
      ) : null}
    </StatusRow>
  );
}

/** Each sender Mailjet knows for the domain, its state in words and colour, and what it waits for. */
export function SenderStatusList({
  report,
  dnsAccess,
  guided,
}: {
  report: MailjetDomainReport;
  dnsAccess: boolean;
  guided: boolean;
}) {
  // On the guided path a domain added by hand covers its addresses: they need not be added one by one.
  const onlyDomain = guided && dnsAccess;
  const { t } = useTranslation();
  const senders = onlyDomain ? report.senders.filter((sender) => sender.role === 'domain') : report.senders;
  const waiting = senders.filter((sender) => sender.waitingFor !== 'none').length;
  return (
    <>
      <p className="senders-summary" role="status">
        {waiting ? t('wizard.senders.summary.waiting', { count: waiting }) : t('wizard.senders.summary.allActive')}
      </p>
      <StatusList label={t('wizard.senders.statusTitle')}>
        {senders.map((sender) => (
          <SenderRow key={sender.role} sender={sender} dnsAccess={dnsAccess} guided={guided} />
        ))}
      </StatusList>
      {onlyDomain ? <p className="senders-help">{t('wizard.senders.domainCoversAddresses')}</p> : null}
    </>
  );
}
