import { LANGUAGES, type Language } from './languages';
import { STEP_IDS, type StepId } from './wizard';

// The one home of the documentation links: each step points to the section of the documentation it
// mirrors, in the user's language, and the desktop app's Help menu opens the same pages. Links go to
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

/** The Help menu's two links: Odoo's page and Mailjet's article on SPF and DKIM. */
export function helpLinks(language: Language): { odooDocs: string; mailjetDocs: string } {
  return { odooDocs: ODOO_PAGE[language], mailjetDocs: MAILJET_HELP[language].authentication };
}

/** Every documentation link the assistant can open, in every language (for the external-link allow-list's test). */
export function allDocsLinks(): string[] {
  const links = LANGUAGES.flatMap((language) => [
    ...Object.values(helpLinks(language)),
    ...STEP_IDS.flatMap((step) => {
      const docs = docsForStep(step, language);
      return docs.mailjet ? [docs.odoo, docs.mailjet] : [docs.odoo];
    }),
  ]);
  return [...new Set(links)];
}
