// The addresses the documentation asks Mailjet to trust. They come from Odoo when it is connected
// (alias domain, bounce, catchall and default "from"), else from the user.
export interface MailAddresses {
  /** The domain the mail is sent from, ASCII (punycode) form. */
  domain: string;
  notifications: string;
  bounce: string;
  catchall: string;
}
