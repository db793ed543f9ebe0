import type { Language } from './languages';
import type { StepId } from './wizard';

// Each step points to the section of the documentation it mirrors, in the user's language. Links go to
// the page (section anchors differ between translations), and the step names the section in words.

const ODOO_PAGE: Record<Language, string> = {
  it: 'https://www.odoo.com/documentation/17.0/it/applications/general/email_communication/mailjet_api.html',
  en: 'https://www.odoo.com/documentation/17.0/applications/general/email_communication/mailjet_api.html',
};

const MAILJET_HELP: Record<Language, { smtp: string; senders: string; authentication: string }> = {
  it: {
    smtp: 'https://documentation.mailjet.com/hc/it/articles/360043229473',
    senders: 'https://documentation.mailjet.com/hc/it/articles/360042412734',
    authentication: 'https://documentation.mailjet.com/hc/it/articles/360042412734',
  },
  en: {
    smtp: 'https://documentation.mailjet.com/hc/en-us/articles/360043229473',
    senders: 'https://documentation.mailjet.com/hc/en-us/articles/360042412734',
    authentication: 'https://documentation.mailjet.com/hc/en-us/articles/360042412734',
  },
};

export interface StepDocs {
  odoo: string;
  /** Locale key naming the section of the Odoo page, e.g. "Create API credentials". */
  odooSectionKey: string;
  mailjet?: string;
}

export function docsForStep(step: StepId, language: Language): StepDocs {
  const odoo = ODOO_PAGE[language];
  const mailjet = MAILJET_HELP[language];
  switch (step) {
    case 'welcome':
    case 'done':
      return { odoo, odooSectionKey: 'docs.sections.page' };
    case 'mailjet-keys':
      return { odoo, odooSectionKey: 'docs.sections.credentials', mailjet: mailjet.smtp };
    case 'odoo-connection':
      return { odoo, odooSectionKey: 'docs.sections.odoo' };
    case 'senders':
      return { odoo, odooSectionKey: 'docs.sections.senders', mailjet: mailjet.senders };
    case 'dns':
      return { odoo, odooSectionKey: 'docs.sections.dns', mailjet: mailjet.authentication };
    case 'odoo-server':
      return { odoo, odooSectionKey: 'docs.sections.odoo' };
  }
}
