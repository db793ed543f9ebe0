import type { MailjetDomainReport } from '@shared/contract/mailjet';
import { AppError, type ErrorParams } from '@shared/errors';
import type { MailAddresses } from '@shared/mail-addresses';
import type { MailjetDomainState } from '@shared/settings/mailjet';
import { domainOfAddress, domainSenderEmail } from './addresses';
import type { MailjetResources } from './resources';
import {
  buildReport,
  domainActive,
  newDomainView,
  toDomainState,
  type DomainView,
  type EmailType,
  type SenderProgress,
  type SenderTarget,
} from './domain-view';

// The Mailjet half of the documentation, made idempotent. Each phase waits only for what it needs:
//   1. list the domain's senders (deleted ones included) and read its DNS values     1 round trip
//   2. create the missing senders that are needed now, all at once                   1 round trip
//   3. validate the *@domain sender (and read the DNS values if 1 found none yet)    1 round trip
//   4. ask Mailjet to check SPF/DKIM, and validate the addresses                     1 round trip
//      (2 when the domain was validated in step 3: the addresses are read again first)
// so a first run needs four (rarely five) dependent round trips, and a rerun on a finished domain
// makes two reads in one round trip.
// State is saved after every phase: an interrupted run resumes where Mailjet says it stands.
//
// Mailjet e-mails an activation link to an address as soon as it is created (review row M4: "when you
// POST a new sender using the API, a confirmation email will be sent"), not only on validate. So:
// - an address on the domain is never created once *@domain is active: the domain covers it;
// - on the whole-domain path (activation e-mails "no") the addresses on the domain are not created at
//   all: *@domain covers them once validated, and nobody gets an e-mail. Only an address on another
//   domain, which *@domain cannot cover, is created, once the domain is active (and gets its e-mail);
// - on the per-address path ("send"/"resend") each address is created, its creation is its one
//   activation e-mail, and it is not validated again in the same run.

export interface SetupRequest {
  addresses: MailAddresses;
  /** Only an explicit choice changes the type of senders that already exist. */
  emailType?: EmailType;
  activationEmails: 'no' | 'send' | 'resend';
}

export interface RunContext {
  signal: AbortSignal;
  progress(key: string, params?: ErrorParams, done?: number, total?: number): void;
  persist(state: MailjetDomainState): void;
  now(): Date;
}

const PHASES = 4;

/** Waits for every task, so what succeeded is kept, then fails with the first failure (cancel first). */
async function settle(tasks: Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(tasks);
  const failures = results
    .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    .map((r) => r.reason as unknown);
  if (!failures.length) return;
  throw failures.find((f) => f instanceof AppError && f.code === 'app.cancelled') ?? failures[0];
}

function uniqueTargets(targets: SenderTarget[]): SenderTarget[] {
  const seen = new Set<string>();
  return targets.filter((target) => !seen.has(target.email) && seen.add(target.email));
}

function progressFor(view: DomainView, email: string): SenderProgress {
  let entry = view.senders.get(email);
  if (!entry) view.senders.set(email, (entry = {}));
  return entry;
}

/**
 * Phase 1: what Mailjet already has, found by address; remembered IDs catch what a filter missed. The
 * DNS values are read alongside: on a rerun they are all that is left to read.
 */
async function findExisting(
  api: MailjetResources,
  view: DomainView,
  previous: MailjetDomainState | undefined,
  signal: AbortSignal,
) {
  const domains = [...new Set(view.targets.map((t) => (t.role === 'domain' ? view.domain : domainOfAddress(t.email))))];
  const [lists, dns] = await Promise.all([
    Promise.all(domains.map((domain) => api.listDomainSenders(domain, signal))),
    api.getDns(view.domain, signal),
  ]);
  view.dns = dns;
  const wanted = new Set(view.targets.map((t) => t.email));
  for (const sender of lists.flat()) if (wanted.has(sender.email)) progressFor(view, sender.email).sender = sender;

  const remembered = view.targets
    .map((target) => ({ target, state: previous?.senders[target.role] }))
    .filter(({ target, state }) => state && state.email === target.email && !view.senders.get(target.email)?.sender);
  await settle(
    remembered.map(async ({ target, state }) => {
      const sender = await api.findSender(state!.id, signal);
      if (sender && sender.email === target.email) progressFor(view, target.email).sender = sender;
    }),
  );
}

/** Whether this run creates a missing sender now (see the header: each address creation is an e-mail). */
function createsNow(
  view: DomainView,
  target: SenderTarget,
  activationEmails: SetupRequest['activationEmails'],
): boolean {
  if (target.role === 'domain') return true;
  const onDomain = domainOfAddress(target.email) === view.domain;
  if (domainActive(view)) return !onDomain;
  return activationEmails !== 'no';
}

async function createOrFind(
  api: MailjetResources,
  view: DomainView,
  target: SenderTarget,
  signal: AbortSignal,
  now: () => Date,
) {
  const progress = progressFor(view, target.email);
  const emailed = () => {
    // Mailjet has just e-mailed the address its activation link (a domain has no mailbox).
    if (target.role === 'domain' || progress.sender?.status !== 'inactive') return;
    progress.activationRequestedAt = now().toISOString();
    progress.emailedThisRun = true;
  };
  const outcome = await api.createSender(target.email, view.emailType, signal);
  if (outcome.created) {
    progress.sender = outcome.sender;
    progress.action = 'created';
    emailed();
    return;
  }
  const found = await api.findSender(target.email, signal);
  if (!found) throw new AppError('mailjet.unexpected-response', { what: 'sender' });
  progress.sender = found;
  progress.action = found.status === 'deleted' ? 'found-deleted' : 'found';
  // Not there in phase 1 but there now: our own create went through before the connection dropped
  // (or someone made it meanwhile). Either way its creation has e-mailed it.
  if (found.status !== 'deleted') emailed();
}

/** Phase 2: create what is missing and needed now; a sender Mailjet says exists (deleted, or made meanwhile) is fetched. */
async function ensureSenders(
  api: MailjetResources,
  view: DomainView,
  request: SetupRequest,
  signal: AbortSignal,
  now: () => Date,
) {
  const explicitType = request.emailType;
  await settle(
    uniqueTargets(view.targets).map(async (target) => {
      const progress = progressFor(view, target.email);
      const existing = progress.sender;
      if (existing) {
        progress.action = existing.status === 'deleted' ? 'found-deleted' : 'found';
        if (explicitType && existing.emailType !== explicitType) {
          await api.setEmailType(existing.id, explicitType, signal);
          existing.emailType = explicitType;
        }
        return;
      }
      if (createsNow(view, target, request.activationEmails)) await createOrFind(api, view, target, signal, now);
    }),
  );
}

async function validate(api: MailjetResources, progress: SenderProgress, signal: AbortSignal, now: () => Date) {
  const sender = progress.sender!;
  const outcome = await api.validateSender(sender.id, signal);
  switch (outcome.method) {
    case 'dns':
    case 'file':
    case 'domain':
    case 'already-active':
      sender.status = 'active';
      delete progress.validationError;
      return;
    case 'activation-email':
      progress.activationRequestedAt = now().toISOString();
      delete progress.validationError;
      return;
    default:
      progress.validationError = outcome.errors.join(' ').slice(0, 1000) || undefined;
  }
}

/** Phase 3: the ownership check of the *@domain sender, and the DNS values if the domain is new. */
async function readDnsAndValidateDomain(api: MailjetResources, view: DomainView, signal: AbortSignal, now: () => Date) {
  const domainProgress = view.senders.get(domainSenderEmail(view.domain));
  await settle([
    ...(view.dns
      ? []
      : [
          api.getDns(view.domain, signal).then((dns) => {
            view.dns = dns;
          }),
        ]),
    ...(domainProgress?.sender && domainProgress.sender.status !== 'active'
      ? [validate(api, domainProgress, signal, now)]
      : []),
  ]);
}

/**
 * Phase 4: a domain check unless Mailjet already reports both OK (or is checking right now), and the
 * addresses. Under a domain validated before this run, each inactive one is validated through it.
 * When the domain was validated just now, Mailjet switches its pending addresses on by itself, so
 * they are read again first and only the ones left behind (deleted and reused) are validated.
 * Without a validated domain, activation e-mails go out only when asked, never twice unless asked to
 * resend.
 */
async function checkAndValidateAddresses(
  api: MailjetResources,
  view: DomainView,
  activeBefore: boolean,
  activationEmails: SetupRequest['activationEmails'],
  signal: AbortSignal,
  now: () => Date,
) {
  const dns = view.dns;
  const needsCheck = dns !== null && !dns.checkInProgress && !(dns.spfStatus === 'ok' && dns.dkimStatus === 'ok');
  const underDomain = domainActive(view);
  const pending = () =>
    uniqueTargets(view.targets)
      .filter((t) => t.role !== 'domain')
      .map((target) => view.senders.get(target.email)!)
      .filter((progress) => progress.sender && progress.sender.status !== 'active');
  // Only addresses on the domain itself are covered by *@domain; others need their activation e-mail.
  // One created in this run has just had its e-mail: asking again would send a second one.
  const covered = (progress: SenderProgress) => underDomain && domainOfAddress(progress.sender!.email) === view.domain;
  const byEmail = (progress: SenderProgress) =>
    !progress.emailedThisRun &&
    (activationEmails === 'resend' || (activationEmails === 'send' && !progress.activationRequestedAt));
  const validateAll = (list: SenderProgress[]) => settle(list.map((progress) => validate(api, progress, signal, now)));

  const throughDomain = async () => {
    if (!activeBefore && pending().some(covered)) {
      for (const sender of await api.listDomainSenders(view.domain, signal)) {
        const progress = view.senders.get(sender.email);
        if (progress?.sender) progress.sender.status = sender.status;
      }
    }
    await validateAll(pending().filter(covered));
  };
  // With the domain validated (just now, or before), an address on another domain is created now.
  const outsideDomain = () =>
    settle(
      uniqueTargets(view.targets)
        .filter(
          (target) =>
            target.role !== 'domain' &&
            !view.senders.get(target.email)?.sender &&
            createsNow(view, target, activationEmails),
        )
        .map((target) => createOrFind(api, view, target, signal, now)),
    );
  const addresses = settle([
    throughDomain(),
    validateAll(pending().filter((p) => !covered(p) && byEmail(p))),
    outsideDomain(),
  ]);
  await settle([
    ...(needsCheck
      ? [
          api.checkDns(view.domain, signal).then((check) => {
            view.check = check;
          }),
        ]
      : []),
    addresses,
  ]);
}

export async function runMailjetSetup(
  api: MailjetResources,
  apiKey: string,
  request: SetupRequest,
  previous: MailjetDomainState | undefined,
  context: RunContext,
): Promise<MailjetDomainReport> {
  const { signal } = context;
  const domain = request.addresses.domain;
  const startCount = api.requestCount;
  const view = newDomainView(
    request.addresses,
    apiKey,
    request.emailType ?? previous?.emailType ?? 'transactional',
    previous,
  );
  const save = () => {
    view.requestCount = api.requestCount - startCount;
    context.persist(toDomainState(view, previous, context.now()));
  };
  const phase = async (index: number, key: string, work: () => Promise<void>) => {
    if (signal.aborted) throw new AppError('app.cancelled');
    context.progress(`mailjet.progress.${key}`, { domain }, index, PHASES);
    try {
      await work();
    } finally {
      if (index > 0) save();
    }
  };

  await phase(0, 'reading', () => findExisting(api, view, previous, signal));
  await phase(1, 'creating', () => ensureSenders(api, view, request, signal, context.now));
  const activeBefore = domainActive(view);
  await phase(2, 'validating-domain', () => readDnsAndValidateDomain(api, view, signal, context.now));
  await phase(3, 'checking', () =>
    checkAndValidateAddresses(api, view, activeBefore, request.activationEmails, signal, context.now),
  );
  context.progress('mailjet.progress.done', { domain }, PHASES, PHASES);
  view.requestCount = api.requestCount - startCount;
  return buildReport(view, { withActions: true });
}
