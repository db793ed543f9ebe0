import type { MailjetDomainReport } from '@shared/contract/mailjet';
import { AppError } from '@shared/errors';
import type { MailAddresses } from '@shared/mail-addresses';
import type { MailjetDomainState } from '@shared/settings/mailjet';
import { domainOfAddress } from './addresses';
import type { MailjetResources } from './resources';
import { buildReport, newDomainView, toDomainState } from './domain-view';
import type { RunContext } from './setup';

// Where a domain stands, read without changing anything on Mailjet's side, except, when asked, a
// fresh DNS check (Mailjet re-reads the domain's records; nothing is created or validated).

export async function readMailjetStatus(
  api: MailjetResources,
  apiKey: string,
  addresses: MailAddresses,
  previous: MailjetDomainState | undefined,
  options: { check: boolean },
  context: RunContext,
): Promise<MailjetDomainReport> {
  const { signal } = context;
  const domain = addresses.domain;
  const startCount = api.requestCount;
  const view = newDomainView(addresses, apiKey, previous?.emailType ?? 'transactional', previous);
  context.progress('mailjet.progress.reading', { domain }, 0, 2);
  const domains = [...new Set(view.targets.map((t) => (t.role === 'domain' ? domain : domainOfAddress(t.email))))];
  const wanted = new Set(view.targets.map((t) => t.email));
  const [lists, dns] = await Promise.all([
    Promise.all(domains.map((d) => api.listDomainSenders(d, signal))),
    api.getDns(domain, signal),
  ]);
  for (const sender of lists.flat()) {
    if (!wanted.has(sender.email)) continue;
    view.senders.set(sender.email, { ...view.senders.get(sender.email), sender });
  }
  view.dns = dns;
  if (options.check && dns && !dns.checkInProgress) {
    if (signal.aborted) throw new AppError('app.cancelled');
    context.progress('mailjet.progress.checking', { domain }, 1, 2);
    view.check = await api.checkDns(domain, signal);
  }
  view.requestCount = api.requestCount - startCount;
  // Only a domain set up before is remembered: reading a stranger's domain leaves no trace in settings.
  if (previous) context.persist(toDomainState(view, previous, context.now()));
  context.progress('mailjet.progress.done', { domain }, 2, 2);
  return buildReport(view, { withActions: false });
}
