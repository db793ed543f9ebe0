// Which outgoing server Odoo sends a message through, and with which sender, for a message that does
// not force one: Odoo 17's `ir.mail_server._find_mail_server` (odoo/addons/base/models/ir_mail_server.py),
// which `mail.mail._split_by_mail_configuration` calls with the servers ordered by `sequence, id`.
// Odoo does not record its choice on the mail.mail (only a forced `mail_server_id` is stored), so the
// assistant works it out from the same servers with the same rule; the stand-in plays Odoo with it.

export interface ChoosableServer {
  id: number;
  active: boolean;
  sequence: number;
  from_filter?: string | false | null;
}

export interface ServerChoice<T> {
  /** Undefined: no active server at all, so Odoo falls back to its own configuration (odoo-bin). */
  server: T | undefined;
  /** The sender Odoo puts on the message: the given one, or the notifications address instead. */
  smtpFrom: string;
}

const normalise = (address: string) => (/<([^>]+)>/.exec(address)?.[1] ?? address).trim().toLowerCase();
const domainOf = (address: string) => (address.includes('@') ? address.slice(address.lastIndexOf('@') + 1) : '');
const filterParts = (server: ChoosableServer) =>
  (server.from_filter || '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);

export function chooseMailServer<T extends ChoosableServer>(
  servers: readonly T[],
  emailFrom: string,
  notificationsEmail?: string,
): ServerChoice<T> {
  const active = servers.filter((server) => server.active).sort((a, b) => a.sequence - b.sequence || a.id - b.id);
  const from = normalise(emailFrom);
  const notifications = notificationsEmail ? normalise(notificationsEmail) : '';
  // Odoo compares a filter entry with the whole address (email_normalize) or with its domain.
  const first = (target: string, asDomain: boolean) =>
    target
      ? active.find((server) =>
          filterParts(server).some((part) => (asDomain ? part.replace(/^@/, '') : part) === target),
        )
      : undefined;

  const byAddress = first(from, false) ?? first(domainOf(from), true);
  if (byAddress) return { server: byAddress, smtpFrom: emailFrom };
  const byNotifications = first(notifications, false) ?? first(domainOf(notifications), true);
  if (byNotifications) return { server: byNotifications, smtpFrom: notificationsEmail! };
  const unfiltered = active.find((server) => !filterParts(server).length);
  if (unfiltered) return { server: unfiltered, smtpFrom: notificationsEmail || emailFrom };
  // Odoo logs "No mail server matches the from_filter" and still takes the first one.
  if (active.length) return { server: active[0], smtpFrom: notificationsEmail || emailFrom };
  return { server: undefined, smtpFrom: emailFrom };
}
