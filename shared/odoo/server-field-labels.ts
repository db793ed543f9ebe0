/** The locale keys of Odoo's own labels for the outgoing-server fields the assistant writes. */
export const SERVER_FIELD_LABELS: Record<string, string> = {
  name: 'odoo.ui.name',
  smtp_host: 'odoo.ui.smtpServer',
  smtp_port: 'odoo.ui.smtpPort',
  smtp_encryption: 'odoo.ui.encryption',
  smtp_authentication: 'odoo.ui.authenticateWith',
  smtp_user: 'odoo.ui.username',
  smtp_pass: 'odoo.ui.password',
  from_filter: 'odoo.ui.fromFilter',
  sequence: 'odoo.ui.priority',
  active: 'odoo.ui.active',
};
