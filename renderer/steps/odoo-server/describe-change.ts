import type { TFunction } from 'i18next';
import type { OdooChange } from '../../../shared/contract/odoo';
import { SERVER_FIELD_LABELS } from '../../../shared/odoo/server-field-labels';

// The dry run's changes as sentences an admin can check against Odoo's own form: Odoo's field labels
// in the user's language, option values as Odoo shows them, and the secret only named, never shown.

export interface DescribedChange {
  sentence: string;
  /** One line per field, for server changes. */
  fields: string[];
}

/** Odoo 16–18 show these two options with the same words in every language (see shared/odoo/manual-guide). */
const SAME_IN_EVERY_LANGUAGE: Record<string, string> = { ssl: 'SSL/TLS', starttls: 'TLS (STARTTLS)' };

const OPTION_LABELS: Record<string, Record<string, string>> = {
  smtp_encryption: {
    ssl_strict: 'odoo.ui.encryptionSslStrict',
    starttls_strict: 'odoo.ui.encryptionStarttlsStrict',
    none: 'wizard.odoo-server.values.encryptionNone',
  },
  smtp_authentication: { login: 'odoo.ui.authenticationUsername', cli: 'odoo.ui.authenticationCli' },
};

const DEDICATED_SERVER_PARAMETER = 'mass_mailing.outgoing_mail_server';
const MASS_MAILING_SERVER_PARAMETER = 'mass_mailing.mail_server_id';

function describeValue(t: TFunction, field: string, value: string | number | boolean | undefined): string {
  if (typeof value === 'boolean') return t(value ? 'odoo.changes.on' : 'odoo.changes.off');
  if (value === undefined || value === '') return t('odoo.changes.empty');
  const text = String(value);
  const option = OPTION_LABELS[field]?.[text];
  if (option) return t(option);
  if (field === 'smtp_encryption' && SAME_IN_EVERY_LANGUAGE[text]) return SAME_IN_EVERY_LANGUAGE[text];
  return text;
}

function describeFields(t: TFunction, fields: Extract<OdooChange, { action: 'create-server' }>['fields']): string[] {
  return fields.map((field) => {
    const label = t(SERVER_FIELD_LABELS[field.field] ?? field.field);
    if (field.secret) return t('odoo.changes.fieldSecret', { label });
    if (field.from === undefined) return t('odoo.changes.fieldNew', { label, to: describeValue(t, field.field, field.to) });
    return t('odoo.changes.field', { label, from: describeValue(t, field.field, field.from), to: describeValue(t, field.field, field.to) });
  });
}

function describeParameter(t: TFunction, change: Extract<OdooChange, { action: 'set-parameter' }>): string {
  if (change.key === DEDICATED_SERVER_PARAMETER) return t('wizard.odoo-server.changes.dedicatedServer');
  if (change.key === MASS_MAILING_SERVER_PARAMETER) {
    return change.toServer ? t('wizard.odoo-server.changes.massMailingNewServer') : t('wizard.odoo-server.changes.massMailingServer', { id: change.to ?? '' });
  }
  const from = change.from ?? t('odoo.changes.empty');
  return change.toServer
    ? t('odoo.changes.setParameterNewServer', { key: change.key, from })
    : t('odoo.changes.setParameter', { key: change.key, from, to: change.to ?? t('odoo.changes.empty') });
}

export function describeChange(t: TFunction, change: OdooChange): DescribedChange {
  switch (change.action) {
    case 'create-server':
      return {
        sentence: t(change.role === 'odoo-fallback' ? 'wizard.odoo-server.changes.createFallback' : 'wizard.odoo-server.changes.createMailjet'),
        fields: describeFields(t, change.fields),
      };
    case 'update-server':
      return { sentence: t('wizard.odoo-server.changes.updateServer', { id: change.serverId, name: change.name }), fields: describeFields(t, change.fields) };
    case 'archive-server':
      return {
        sentence: t(change.role === 'duplicate' ? 'wizard.odoo-server.changes.archiveDuplicate' : 'wizard.odoo-server.changes.archiveFallback', {
          id: change.serverId,
          name: change.name,
        }),
        fields: [],
      };
    case 'set-parameter':
      return { sentence: describeParameter(t, change), fields: [] };
    case 'test-connection':
      return { sentence: t('odoo.changes.testConnection'), fields: [] };
  }
}

/** The changes that write something; the connection test is listed but changes nothing. */
export function writingChanges(changes: readonly OdooChange[]): OdooChange[] {
  return changes.filter((change) => change.action !== 'test-connection');
}
