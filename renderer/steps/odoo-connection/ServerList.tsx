import { useTranslation } from 'react-i18next';
import type { OdooInfo } from './useOdooConnection';

/** The outgoing mail servers Odoo already has, compactly; on a narrow window each row becomes a small card. */
export function ServerList({ servers }: { servers: OdooInfo['servers'] }) {
  const { t, i18n } = useTranslation();
  if (!servers.length) return <p>{t('wizard.odoo-connection.found.noServers')}</p>;
  const number = new Intl.NumberFormat(i18n.language, { useGrouping: false });
  return (
    <table className="odoo-connection-servers">
      <caption className="visually-hidden">{t('wizard.odoo-connection.found.serversCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('odoo.ui.name')}</th>
          <th scope="col">{t('odoo.ui.smtpServer')}</th>
          <th scope="col">{t('odoo.ui.smtpPort')}</th>
          <th scope="col">{t('odoo.ui.priority')}</th>
          <th scope="col">{t('wizard.odoo-connection.found.serverKind')}</th>
        </tr>
      </thead>
      <tbody>
        {servers.map((server) => (
          <tr key={server.id}>
            <th scope="row" data-label={t('odoo.ui.name')}>
              {server.name}
            </th>
            <td data-label={t('odoo.ui.smtpServer')}>{server.host || '—'}</td>
            <td data-label={t('odoo.ui.smtpPort')}>{number.format(server.port)}</td>
            <td data-label={t('odoo.ui.priority')}>{number.format(server.sequence)}</td>
            <td data-label={t('wizard.odoo-connection.found.serverKind')}>
              {t(`odoo.serverKinds.${server.kind}`)}
              {server.active ? null : (
                <span className="odoo-connection-archived">{t('wizard.odoo-connection.found.archived')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
