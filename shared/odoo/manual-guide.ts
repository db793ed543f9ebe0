import { guideVersion } from './version';
import { MAILJET_SMTP_HOST, type MailjetPort, type Purpose } from './mailjet-smtp';

// The guided path for databases whose plan has no API access: what to click and type in Odoo's own
// screens, in the user's language. Every sentence and every Odoo label is a locale key under
// `odoo.guide` / `odoo.ui`, so the wizard and the CLI render the same words. Values the user copies are
// given as they are, except the Mailjet secret key: it is marked for copying from the keychain on
// demand and never appears here.

type GuideVersion = 16 | 17 | 18 | 19;

type GuideValue =
  | { kind: 'text'; text: string }
  /** Text that depends on the language (an option label in Odoo's own words). */
  | { kind: 'label'; key: string }
  /** Copied from the system keychain when the user asks; never shown. */
  | { kind: 'keychain'; secret: 'mailjet' }
  /** Not known to the assistant yet: the user looks it up (the note says where). */
  | { kind: 'unknown' };

interface GuideField {
  id:
    | 'name'
    | 'smtpHost'
    | 'smtpPort'
    | 'encryption'
    | 'authentication'
    | 'username'
    | 'password'
    | 'fromFilter'
    | 'priority';
  /** Locale key of the field's label as Odoo shows it. */
  labelKey: string;
  value: GuideValue;
  /** Locale key of a short explanation, e.g. why 587 goes with STARTTLS. */
  noteKey?: string;
  noteParams?: Record<string, string | number>;
}

interface GuideStep {
  id: string;
  titleKey: string;
  bodyKey: string;
  params?: Record<string, string | number>;
  fields?: GuideField[];
}

export interface ManualGuide {
  version?: GuideVersion;
  port: MailjetPort;
  purpose: Purpose;
  steps: GuideStep[];
}

export interface ManualGuideOptions {
  port: MailjetPort;
  purpose: Purpose;
  /** The Odoo major version when known: option labels differ from 19 on. */
  major?: number;
  domain?: string;
  apiKey?: string;
}

const text = (value: string): GuideValue => ({ kind: 'text', text: value });

/** Odoo 16–18 show these options with the same words in every language. */
const CLASSIC_ENCRYPTION_LABELS: Record<MailjetPort, string> = { 465: 'SSL/TLS', 587: 'TLS (STARTTLS)' };

function encryptionValue(port: MailjetPort, version: GuideVersion | undefined): GuideValue {
  if (version === 19)
    return { kind: 'label', key: port === 465 ? 'odoo.ui.encryptionSslStrict' : 'odoo.ui.encryptionStarttlsStrict' };
  return text(CLASSIC_ENCRYPTION_LABELS[port]);
}

/**
 * In Odoo's form, choosing a Connection Encryption rewrites SMTP Port (`_onchange_encryption` in
 * ir_mail_server.py, 16 to 19: 465 for `ssl`, 25 for anything else, 19's two strict options included).
 * So the encryption comes first and the port after it, with a note to check it before saving.
 */
function serverFields(options: ManualGuideOptions, version: GuideVersion | undefined): GuideField[] {
  return [
    { id: 'name', labelKey: 'odoo.ui.name', value: text('Mailjet') },
    { id: 'smtpHost', labelKey: 'odoo.ui.smtpServer', value: text(MAILJET_SMTP_HOST) },
    {
      id: 'encryption',
      // Early 16.0 builds translate the label differently (Italian "Cifratura connessione").
      labelKey: version === 16 ? 'odoo.ui.encryption16' : 'odoo.ui.encryption',
      value: encryptionValue(options.port, version),
      noteKey: options.port === 587 ? 'odoo.guide.notes.encryption587' : 'odoo.guide.notes.encryption465',
    },
    {
      id: 'smtpPort',
      labelKey: 'odoo.ui.smtpPort',
      value: text(String(options.port)),
      noteKey: 'odoo.guide.notes.port',
      noteParams: { port: options.port },
    },
    {
      id: 'authentication',
      labelKey: 'odoo.ui.authenticateWith',
      value: { kind: 'label', key: 'odoo.ui.authenticationUsername' },
    },
    {
      id: 'username',
      labelKey: 'odoo.ui.username',
      value: options.apiKey ? text(options.apiKey) : { kind: 'unknown' },
      noteKey: 'odoo.guide.notes.username',
    },
    {
      id: 'password',
      labelKey: 'odoo.ui.password',
      value: { kind: 'keychain', secret: 'mailjet' },
      noteKey: 'odoo.guide.notes.password',
    },
    {
      id: 'fromFilter',
      labelKey: 'odoo.ui.fromFilter',
      value: options.domain ? text(options.domain) : { kind: 'unknown' },
      noteKey: 'odoo.guide.notes.fromFilter',
    },
    {
      id: 'priority',
      labelKey: 'odoo.ui.priority',
      value: options.purpose === 'mass-mailing' ? { kind: 'unknown' } : text('10'),
      noteKey:
        options.purpose === 'mass-mailing' ? 'odoo.guide.notes.priorityMassMailing' : 'odoo.guide.notes.priorityAll',
    },
  ];
}

export function buildManualGuide(options: ManualGuideOptions): ManualGuide {
  const version = guideVersion(options.major);
  const steps: GuideStep[] = [
    {
      id: 'developer-mode',
      titleKey: 'odoo.guide.steps.developerMode.title',
      bodyKey: 'odoo.guide.steps.developerMode.body',
    },
    {
      id: 'open-servers',
      titleKey: 'odoo.guide.steps.openServers.title',
      bodyKey: 'odoo.guide.steps.openServers.body',
    },
    {
      id: 'fill-in',
      titleKey: 'odoo.guide.steps.fillIn.title',
      // The order of the fields matters: see serverFields.
      bodyKey: 'odoo.guide.steps.fillIn.body',
      fields: serverFields(options, version),
    },
    // 16 writes "Prova connessione", 17+ "Prova Connessione" (base it.po of each build).
    {
      id: 'test',
      titleKey: 'odoo.guide.steps.test.title',
      bodyKey: version === 16 ? 'odoo.guide.steps.test.body16' : 'odoo.guide.steps.test.body',
    },
  ];
  if (options.purpose === 'mass-mailing') {
    steps.push({
      id: 'dedicated-server',
      titleKey: 'odoo.guide.steps.dedicatedServer.title',
      bodyKey: 'odoo.guide.steps.dedicatedServer.body',
    });
  }
  steps.push({
    id: 'fallback',
    titleKey: 'odoo.guide.steps.fallback.title',
    bodyKey:
      options.purpose === 'mass-mailing'
        ? 'odoo.guide.steps.fallback.bodyMassMailing'
        : 'odoo.guide.steps.fallback.bodyAll',
  });
  return { ...(version ? { version } : {}), port: options.port, purpose: options.purpose, steps };
}
