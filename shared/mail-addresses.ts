// The addresses the documentation asks Mailjet to trust. They come from Odoo when it is connected
// (alias domain, bounce, catchall and default "from"), else from the user.
export interface MailAddresses {
  /** The domain the mail is sent from, ASCII (punycode) form. */
  domain: string;
  notifications: string;
  bounce: string;
  catchall: string;
}

/** The three addresses by role, in the order the documentation lists them. */
export const ADDRESS_ROLES = ['notifications', 'bounce', 'catchall'] as const;
export type AddressRole = (typeof ADDRESS_ROLES)[number];
