import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
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
      <dl className="odoo-connection-facts">
        <div>
          <dt>{t('wizard.odoo-connection.found.version')}</dt>
          <dd>
            <span className="odoo-connection-value">{info.version.label}</span>{' '}
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
          </dd>
        </div>
        <div>
          <dt>{t('wizard.odoo-connection.found.transport')}</dt>
          <dd>
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
          </dd>
        </div>
        <div>
          <dt>{t('wizard.odoo-connection.found.rights')}</dt>
          <dd>
            <StatusBadge status="ok" label={t('wizard.odoo-connection.found.admin')} />{' '}
            {t('wizard.odoo-connection.found.adminDetail', { login: info.login })}
          </dd>
        </div>
        <div>
          <dt>{t('wizard.odoo-connection.found.aliasDomain')}</dt>
          <dd className={addresses ? 'odoo-connection-value' : undefined}>
            {addresses?.domain ?? t('wizard.odoo-connection.found.noAliasDomain')}
          </dd>
        </div>
        {addresses
          ? (['notifications', 'bounce', 'catchall'] as const).map((role) => (
              <div key={role}>
                <dt>{t(`wizard.odoo-connection.found.addresses.${role}`)}</dt>
                <dd className="odoo-connection-value">{addresses[role]}</dd>
              </div>
            ))
          : null}
        <div>
          <dt>{t('odoo.ui.emailMarketing')}</dt>
          <dd>
            {t(
              info.massMailing.installed
                ? 'wizard.odoo-connection.found.massMailingInstalled'
                : 'wizard.odoo-connection.found.massMailingMissing',
            )}
          </dd>
        </div>
      </dl>
      <h3>{t('wizard.odoo-connection.found.servers', { count: info.servers.length })}</h3>
      <ServerList servers={info.servers} />
    </section>
  );
}
