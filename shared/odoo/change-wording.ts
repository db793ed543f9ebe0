import type { TFunction } from 'i18next';
import type { OdooChange } from '../contract/odoo';
import { PARAM_DEDICATED_SERVER, PARAM_MASS_MAILING_SERVER } from './mass-mailing-parameters';
import { SERVER_FIELD_LABELS } from './server-field-labels';

// The one wording of a change in Odoo (the plan: servers created, changed or archived, system
// parameters set), for the wizard's preview and the CLI's dry run and result alike: sentences an admin
// can check against Odoo's own form, with Odoo's field labels in the user's language, option values as
// Odoo shows them, and the secret only named, never shown.

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
    if (field.from === undefined)
      return t('odoo.changes.fieldNew', { label, to: describeValue(t, field.field, field.to) });
    return t('odoo.changes.field', {
      label,
      from: describeValue(t, field.field, field.from),
      to: describeValue(t, field.field, field.to),
    });
  });
}

function describeParameter(t: TFunction, change: Extract<OdooChange, { action: 'set-parameter' }>): string {
  if (change.key === PARAM_DEDICATED_SERVER) return t('wizard.odoo-server.changes.dedicatedServer');
  if (change.key === PARAM_MASS_MAILING_SERVER) {
    return change.toServer
      ? t('wizard.odoo-server.changes.massMailingNewServer')
      : t('wizard.odoo-server.changes.massMailingServer', { id: change.to ?? '' });
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
        sentence: t(
          change.role === 'odoo-fallback'
            ? 'wizard.odoo-server.changes.createFallback'
            : 'wizard.odoo-server.changes.createMailjet',
        ),
        fields: describeFields(t, change.fields),
      };
    case 'update-server':
      return {
        sentence: t('wizard.odoo-server.changes.updateServer', { id: change.serverId, name: change.name }),
        fields: describeFields(t, change.fields),
      };
    case 'archive-server':
      return {
        sentence: t(
          change.role === 'duplicate'
            ? 'wizard.odoo-server.changes.archiveDuplicate'
            : 'wizard.odoo-server.changes.archiveFallback',
          {
            id: change.serverId,
            name: change.name,
          },
        ),
        fields: [],
      };
    case 'set-parameter':
      return { sentence: describeParameter(t, change), fields: [] };
    case 'test-connection':
      return { sentence: t('odoo.changes.testConnection'), fields: [] };
  }
}

/** A change as the command line prints it: the sentence as a list item, each field indented under it. */
export function changeLines(t: TFunction, change: OdooChange): string[] {
  const { sentence, fields } = describeChange(t, change);
  return [`  - ${sentence}`, ...fields.map((field) => `    ${field}`)];
}

/** The changes that write something; the connection test is listed but changes nothing. */
export function writingChanges(changes: readonly OdooChange[]): OdooChange[] {
  return changes.filter((change) => change.action !== 'test-connection');
}
