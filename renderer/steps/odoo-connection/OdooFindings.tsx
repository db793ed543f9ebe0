import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Fact, Facts } from '../../components/Facts';
import { StatusBadge } from '../../components/StatusBadge';
import { ServerList } from './ServerList';
import type { OdooInfo } from './useOdooConnection';

/** What the connection read: version, rights, whether mail can leave at all, the addresses and the servers. */
export function OdooFindings({ info }: { info: OdooInfo }) {
  const { t } = useTranslation();
  const addresses = info.addresses;
  return (
    <section className="odoo-connection-findings" aria-labelledby="odoo-connection-findings-title">
      <h2 id="odoo-connection-findings-title">{t('wizard.odoo-connection.found.title')}</h2>
      {info.neutralized ? <ErrorNotice error={{ code: 'odoo.neutralized', params: { db: info.db } }} /> : null}
      <Facts>
        <Fact term={t('wizard.odoo-connection.found.version')}>
          <span className="facts-literal">{info.version.label}</span>{' '}
          {info.support === 'newer' ? (
            <StatusBadge status="warning" label={t('wizard.odoo-connection.found.versionNewer')} />
          ) : (
            <StatusBadge status="ok" label={t('wizard.odoo-connection.found.versionSupported')} />
          )}
          {info.support === 'newer' ? (
            <span className="odoo-connection-note">
              {t('odoo.warnings.newer-version', { version: info.version.label })}
            </span>
          ) : null}
        </Fact>
        <Fact term={t('wizard.odoo-connection.found.transport')}>
          {t(
            info.transport === 'json-2'
              ? 'wizard.odoo-connection.found.transportJson2'
              : 'wizard.odoo-connection.found.transportXmlRpc',
          )}
          {info.notices.map((notice) => (
            <span key={notice.code} className="odoo-connection-note">
              {' '}
              {t(`odoo.warnings.${notice.code}`, notice.params ?? {})}
            </span>
          ))}
        </Fact>
        <Fact term={t('wizard.odoo-connection.found.rights')}>
          <StatusBadge status="ok" label={t('wizard.odoo-connection.found.admin')} />{' '}
          {t('wizard.odoo-connection.found.adminDetail', { login: info.login })}
        </Fact>
        <Fact term={t('wizard.odoo-connection.found.aliasDomain')} literal={!!addresses}>
          {addresses?.domain ?? t('wizard.odoo-connection.found.noAliasDomain')}
        </Fact>
        {addresses
          ? (['notifications', 'bounce', 'catchall'] as const).map((role) => (
              <Fact key={role} term={t(`wizard.odoo-connection.found.addresses.${role}`)} literal>
                {addresses[role]}
              </Fact>
            ))
          : null}
        <Fact term={t('odoo.ui.emailMarketing')}>
          {t(
            info.massMailing.installed
              ? 'wizard.odoo-connection.found.massMailingInstalled'
              : 'wizard.odoo-connection.found.massMailingMissing',
          )}
        </Fact>
      </Facts>
      <h3>{t('wizard.odoo-connection.found.servers', { count: info.servers.length })}</h3>
      <ServerList servers={info.servers} />
    </section>
  );
}
