// The manual procedure of the Odoo documentation page "Mailjet API" (17.0, the English page's
// source), counted in user actions: every click, every field filled, every copy and
// every paste. How it was counted: each sentence of the page that asks for an action is one row below;
// a copy to "a notepad" and the paste out of it are two actions each; the three sender addresses are
// counted once each; navigation that the page spells out (menus, gear icons) counts one click per item
// named. Signing in to Mailjet, Odoo and the DNS panel is left out on both sides of the comparison.

interface ManualAction {
  section: string;
  action: string;
  count: number;
}

const MANUAL_PROCEDURE: ManualAction[] = [
  // Create API credentials
  {
    section: 'credentials',
    action: 'open Account Information, Senders & Domains, SMTP and SEND API Settings',
    count: 2,
  },
  { section: 'credentials', action: 'copy server, security and port to a notepad (copy + paste each)', count: 6 },
  { section: 'credentials', action: 'Retrieve your API credentials', count: 1 },
  { section: 'credentials', action: 'eye icon, copy the API key, paste it in the notepad', count: 3 },
  { section: 'credentials', action: 'Generate Secret Key, copy it, paste it in the notepad', count: 3 },
  // Add verified sender address(es): notifications@, bounce@, catchall@
  { section: 'senders', action: 'open Account Information, Add a Sender Domain or Address', count: 2 },
  {
    section: 'senders',
    action: 'per address: Add a sender address, type it, pick the e-mail type, submit (×3)',
    count: 12,
  },
  { section: 'senders', action: 'per address: open the activation e-mail, click its link (×3)', count: 6 },
  // Add a domain
  { section: 'domain', action: 'open Account Information, Add a Sender Domain or Address, Add domain', count: 3 },
  { section: 'domain', action: 'type the domain, Continue, Option 2: Create a DNS Record', count: 3 },
  { section: 'domain', action: 'copy host and value of the TXT record to a notepad', count: 4 },
  {
    section: 'dns',
    action: 'DNS panel: add record, pick TXT, paste host, paste value, save (copying from the notepad: +2)',
    count: 7,
  },
  {
    section: 'domain',
    action: 'back in Mailjet: Account Information, Add a Sender Domain or Address, gear icon, Validate, Check Now',
    count: 5,
  },
  { section: 'domain', action: 'Authenticate this domain (SPF/DKIM)', count: 1 },
  {
    section: 'dns',
    action: 'SPF and DKIM: per record copy host and value from Mailjet, add, pick TXT, paste both, save (×2)',
    count: 18,
  },
  { section: 'domain', action: 'Check Now for SPF/DKIM', count: 1 },
  // Set up in Odoo
  {
    section: 'odoo',
    action: 'Settings, activate developer mode, Technical, Email, Outgoing Mail Servers, New',
    count: 6,
  },
  { section: 'odoo', action: 'Description, SMTP server, port, security: four fields', count: 4 },
  { section: 'odoo', action: 'Username and Password: copy from the notepad and paste (×2)', count: 4 },
  { section: 'odoo', action: 'Priority (mass mailing), From Filter', count: 2 },
  { section: 'odoo', action: 'Save, Test Connection', count: 2 },
  {
    section: 'odoo',
    action:
      'System Parameters: open, then mail.default.from and mail.default.from_filter: search, open, edit, save (×2)',
    count: 9,
  },
];

export const MANUAL_ACTION_COUNT = MANUAL_PROCEDURE.reduce((sum, row) => sum + row.count, 0);
