import type { MailjetDomainReport, SenderRole } from '@shared/contract/mailjet';
import type { MailAddresses } from '@shared/mail-addresses';
import type { MailjetDomainState, MailjetSenderState } from '@shared/settings/mailjet';
import { domainOfAddress, domainSenderEmail } from './addresses';
import type { DnsCheck, DnsCheckStatus, DnsRecord, SenderRecord } from './api-shapes';

// One shape for what setup did and what status reads: the report the faces show, and the state the
// next run starts from. Both are built from the same working view of the four senders.

export type EmailType = MailjetDomainReport['emailType'];

export interface SenderTarget {
  role: SenderRole;
  email: string;
}

export interface SenderProgress {
  sender?: SenderRecord;
  action?: MailjetDomainReport['senders'][number]['action'];
  validationError?: string;
  activationRequestedAt?: string;
  /** Mailjet e-mailed the address in this run (its creation): no second e-mail in the same run. */
  emailedThisRun?: boolean;
}

export interface DomainView {
  domain: string;
  apiKey: string;
  emailType: EmailType;
  targets: SenderTarget[];
  /** Keyed by e-mail: two roles may share an address. */
  senders: Map<string, SenderProgress>;
  dns: DnsRecord | null;
  check: DnsCheck | null;
  requestCount: number;
}

/** A fresh view of a domain, carrying over when activation e-mails were requested, so none is sent twice. */
export function newDomainView(
  addresses: MailAddresses,
  apiKey: string,
  emailType: EmailType,
  previous: MailjetDomainState | undefined,
): DomainView {
  const view: DomainView = {
    domain: addresses.domain,
    apiKey,
    emailType,
    targets: targetsFor(addresses),
    senders: new Map(),
    dns: null,
    check: null,
    requestCount: 0,
  };
  for (const target of view.targets) {
    const before = previous?.senders[target.role];
    if (before?.email === target.email && before.activationRequestedAt)
      view.senders.set(target.email, { activationRequestedAt: before.activationRequestedAt });
  }
  return view;
}

/** The `*@domain` sender first, then the three addresses the Odoo documentation names. */
function targetsFor(addresses: MailAddresses): SenderTarget[] {
  return [
    { role: 'domain', email: domainSenderEmail(addresses.domain) },
    { role: 'notifications', email: addresses.notifications },
    { role: 'bounce', email: addresses.bounce },
    { role: 'catchall', email: addresses.catchall },
  ];
}

/** The addresses a previous run used, so status reads the same senders setup created. */
export function rememberedAddresses(
  state: MailjetDomainState | undefined,
): Partial<Record<'notifications' | 'bounce' | 'catchall', string>> {
  if (state?.addresses) return { ...state.addresses };
  const senders = state?.senders;
  return {
    ...(senders?.notifications ? { notifications: senders.notifications.email } : {}),
    ...(senders?.bounce ? { bounce: senders.bounce.email } : {}),
    ...(senders?.catchall ? { catchall: senders.catchall.email } : {}),
  };
}

/**
 * An address on the domain that Mailjet has no sender for needs none once *@domain is active: the
 * domain covers it (and creating it would only e-mail it). Before that it waits for the domain.
 */
function coveredByDomain(
  target: SenderTarget,
  progress: SenderProgress | undefined,
  domain: string,
  domainActive: boolean,
): boolean {
  return target.role !== 'domain' && !progress?.sender && domainActive && domainOfAddress(target.email) === domain;
}

function waitingFor(
  target: SenderTarget,
  progress: SenderProgress | undefined,
  domain: string,
  domainActive: boolean,
  domainSenderExists: boolean,
) {
  const status = progress?.sender?.status;
  if (status === 'active') return 'none' as const;
  if (target.role === 'domain') return progress?.sender ? ('dns-record' as const) : ('setup' as const);
  if (coveredByDomain(target, progress, domain, domainActive)) return 'none' as const;
  if (!progress?.sender)
    return domainSenderExists && domainOfAddress(target.email) === domain ? ('domain' as const) : ('setup' as const);
  // An address on another domain is not covered by *@domain: only its activation e-mail validates it.
  if (domainOfAddress(target.email) !== domain) return 'activation-email' as const;
  // Under a validated domain, an address still inactive needs its own validate call (Mailjet does not
  // switch deleted-then-re-added addresses by itself): the next setup run makes it.
  if (domainActive) return 'setup' as const;
  return progress.activationRequestedAt ? ('activation-email' as const) : ('domain' as const);
}

function authentication(status: DnsCheckStatus | undefined, errors: string[], current: string[]) {
  return { status: status ?? 'unknown', errors: errors.slice(0, 20), current: current.slice(0, 20) };
}

export function domainActive(view: DomainView): boolean {
  return view.senders.get(domainSenderEmail(view.domain))?.sender?.status === 'active';
}

export function buildReport(view: DomainView, options: { withActions: boolean }): MailjetDomainReport {
  const active = domainActive(view);
  const domainSenderExists = !!view.senders.get(domainSenderEmail(view.domain))?.sender;
  const senders = view.targets.map((target) => {
    const progress = view.senders.get(target.email);
    const sender = progress?.sender;
    return {
      role: target.role,
      email: target.email,
      ...(sender ? { id: sender.id } : {}),
      status:
        sender?.status ??
        (coveredByDomain(target, progress, view.domain, active) ? ('covered' as const) : ('missing' as const)),
      waitingFor: waitingFor(target, progress, view.domain, active, domainSenderExists),
      ...(options.withActions ? { action: progress?.action ?? ('none' as const) } : {}),
      ...(progress?.validationError ? { validationError: progress.validationError } : {}),
      ...(progress?.activationRequestedAt ? { activationRequestedAt: progress.activationRequestedAt } : {}),
    };
  });
  const dns = view.dns;
  const check = view.check;
  const spf = check
    ? authentication(check.spfStatus, check.spfErrors, check.spfCurrent)
    : authentication(dns?.spfStatus, [], []);
  const dkim = check
    ? authentication(check.dkimStatus, check.dkimErrors, check.dkimCurrent)
    : authentication(dns?.dkimStatus, [], []);
  return {
    domain: view.domain,
    emailType: view.emailType,
    senders,
    dns: {
      ...(dns?.ownershipName ? { ownershipName: dns.ownershipName } : {}),
      ...(dns?.ownershipValue ? { ownershipValue: dns.ownershipValue } : {}),
      ...(dns?.dkimName ? { dkimName: dns.dkimName } : {}),
      ...(dns?.dkimValue ? { dkimValue: dns.dkimValue } : {}),
      ...(dns?.spfValue ? { spfValue: dns.spfValue } : {}),
    },
    domainValidated: active,
    spf,
    dkim,
    checkInProgress: dns?.checkInProgress ?? false,
    ...(dns?.lastCheckAt ? { lastCheckAt: dns.lastCheckAt } : {}),
    complete:
      senders.every((sender) => sender.status === 'active' || sender.status === 'covered') &&
      spf.status === 'ok' &&
      dkim.status === 'ok',
    requestCount: view.requestCount,
  };
}

/** What the next run starts from; activation requests survive even when this run learned nothing new. */
export function toDomainState(
  view: DomainView,
  previous: MailjetDomainState | undefined,
  now: Date,
): MailjetDomainState {
  const senders: MailjetDomainState['senders'] = {};
  for (const target of view.targets) {
    const progress = view.senders.get(target.email);
    const sender = progress?.sender;
    if (!sender) continue;
    const before = previous?.senders[target.role];
    const requestedAt =
      progress.activationRequestedAt ??
      (before?.email === target.email && before.id === sender.id ? before.activationRequestedAt : undefined);
    const entry: MailjetSenderState = {
      email: target.email,
      id: sender.id,
      status: sender.status,
      ...(requestedAt ? { activationRequestedAt: requestedAt } : {}),
    };
    senders[target.role] = entry;
  }
  const dns = view.dns;
  const spfStatus = view.check?.spfStatus ?? dns?.spfStatus ?? previous?.spfStatus;
  const dkimStatus = view.check?.dkimStatus ?? dns?.dkimStatus ?? previous?.dkimStatus;
  const lastCheckAt = dns?.lastCheckAt ?? previous?.lastCheckAt;
  const dnsId = dns?.id ?? view.senders.get(domainSenderEmail(view.domain))?.sender?.dnsId ?? previous?.dnsId;
  const address = (role: 'notifications' | 'bounce' | 'catchall') =>
    view.targets.find((target) => target.role === role)?.email ?? '';
  return {
    domain: view.domain,
    apiKey: view.apiKey,
    emailType: view.emailType,
    ...(dnsId !== undefined ? { dnsId } : {}),
    senders,
    addresses: { notifications: address('notifications'), bounce: address('bounce'), catchall: address('catchall') },
    dns: dns
      ? {
          ...(dns.ownershipName ? { ownershipName: dns.ownershipName } : {}),
          ...(dns.ownershipValue ? { ownershipValue: dns.ownershipValue } : {}),
          ...(dns.dkimName ? { dkimName: dns.dkimName } : {}),
          ...(dns.dkimValue ? { dkimValue: dns.dkimValue } : {}),
          ...(dns.spfValue ? { spfValue: dns.spfValue } : {}),
        }
      : (previous?.dns ?? {}),
    ...(spfStatus ? { spfStatus } : {}),
    ...(dkimStatus ? { dkimStatus } : {}),
    ...(lastCheckAt ? { lastCheckAt } : {}),
    updatedAt: now.toISOString(),
  };
}
