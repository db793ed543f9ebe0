import { useTranslation } from 'react-i18next';
import type { MailjetDomainReport } from '@shared/contract/mailjet';
import { StatusBadge, type Status } from '../../components/StatusBadge';

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
    <li className="senders-status-row">
      <div className="senders-status-who">
        <span className="senders-status-role">{t(`mailjet.roles.${sender.role}`)}</span>
        <span className="senders-status-email">{sender.email}</span>
      </div>
      <div className="senders-status-what">
        <StatusBadge status={BADGE[sender.status]} label={t(`mailjet.status.${sender.status}`)} />
        {sender.action && sender.id !== undefined ? (
          <span className="senders-status-action">{t(`mailjet.actions.${sender.action}`)}</span>
        ) : null}
        {guided && sender.status === 'missing' ? (
          <p className="senders-status-waiting">{t('wizard.senders.guided.addIt')}</p>
        ) : sender.status === 'covered' ? (
          <p className="senders-status-waiting">{t('mailjet.covered')}</p>
        ) : (
          <p className="senders-status-waiting">{t(`mailjet.waitingFor.${sender.waitingFor}`)}</p>
        )}
        {when && sender.status !== 'active' ? (
          <p className="senders-status-note">{t('wizard.senders.activationRequested', { date: when })}</p>
        ) : null}
        {sender.role === 'domain' && !dnsAccess && sender.status !== 'active' ? (
          <p className="senders-status-note">{t('wizard.senders.domainRowWithoutDns')}</p>
        ) : null}
      </div>
    </li>
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
      <ul className="senders-status-list" aria-label={t('wizard.senders.statusTitle')}>
        {senders.map((sender) => (
          <SenderRow key={sender.role} sender={sender} dnsAccess={dnsAccess} guided={guided} />
        ))}
      </ul>
      {onlyDomain ? <p className="senders-help">{t('wizard.senders.domainCoversAddresses')}</p> : null}
    </>
  );
}
