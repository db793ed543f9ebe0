import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import {
  MAILJET_MESSAGE_STATUSES,
  type odooSendTestInputSchema,
  type odooSendTestResultSchema,
} from '@shared/contract/odoo';
import { AppError } from '@shared/errors';
import { languageFromLocale } from '@shared/languages';
import { isMailjetHost } from '@shared/odoo/mailjet-smtp';
import { chooseMailServer } from '@shared/odoo/server-choice';
import type { CallContext, CoreDeps } from '../context';
import { connectWithStoredKeys } from '../mailjet/account';
import { lastDomain, readDomainState } from '../mailjet/domain-state';
import { abortableSleep, MailjetCallError, type MailjetClientTuning } from '../mailjet/client';
import { findMessageByCustomId, type MessageSeen } from '../mailjet/messages';
import { parseRetryAfter } from '../mailjet/retry';
import { redact } from '../redaction';
import { translatorFor } from '../translator';
import { isOurMailjetServer } from './plan';
import { connect } from './service';
import { SMTP_TEST_TIMEOUT_MS, smtpFailure } from './smtp-test';
import { readSendingState } from './state';
import { OdooFault } from './transport';

// "Does my mail go out now?", answered with one real message: Odoo creates a mail.mail and sends it
// with its own code (so it picks the server exactly as it will for real mail), the assistant reads
// Odoo's outcome, then follows the message at Mailjet by the reference it carries in X-MJ-CustomID
// until Mailjet gives a final state or the wait runs out. Nothing else in Odoo is touched; every run
// sends a new message with a new reference.

type Input = z.output<typeof odooSendTestInputSchema>;
type Result = z.input<typeof odooSendTestResultSchema>;
type Outcome = Result['outcome'];

/** Mailjet statuses after which nothing more will happen to the message (for this test). */
const FINAL = new Set(['sent', 'opened', 'clicked', 'blocked', 'bounce', 'hardbounced', 'spam', 'unsub']);
const DELIVERED = new Set(['sent', 'opened', 'clicked']);
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 15_000;

export interface SendTestTuning extends MailjetClientTuning {
  /** Tests and the benchmark shorten the pauses between reads. */
  firstDelayMs?: number;
  now?: () => number;
}

/**
 * Loads the words of the test message in the assistant's language ahead of Send, while the connection
 * step waits for Odoo: the catalog is then ready when it is needed.
 */
export function prepareSendTestWords(deps: CoreDeps): void {
  // Only ahead of time: whatever fails here is met again, and reported, by the call that needs it.
  try {
    const language = deps.settings.read().language ?? languageFromLocale(deps.systemLocale);
    translatorFor(language).catch(() => undefined);
  } catch {
    // nothing to prepare
  }
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function newReference(): string {
  return `mjo-${randomBytes(6).toString('hex')}`;
}

function outcomeOf(seen: MessageSeen | undefined): Outcome {
  if (!seen) return 'not-seen';
  if (DELIVERED.has(seen.status)) return 'delivered';
  if (seen.status === 'blocked' || seen.status === 'spam' || seen.status === 'unsub') return 'blocked';
  if (/bounce/.test(seen.status)) return 'bounced';
  return 'deferred';
}

/** Is the From address one Mailjet will send for: an active sender, or an active `*@domain`? */
async function senderValidated(
  access: Awaited<ReturnType<typeof connectWithStoredKeys>>,
  from: string,
  signal: AbortSignal,
): Promise<boolean> {
  const domain = from.slice(from.lastIndexOf('@') + 1);
  for (const candidate of [from, `*@${domain}`]) {
    const sender = await access.api.findSender(candidate, signal);
    if (sender?.status === 'active') return true;
  }
  return false;
}

/**
 * The notifications address of the sending domain as the Senders and domain step recorded it (the
 * address roles of the domain set up last with this API key): normally Odoo's own, read at the
 * connection step, or the one the user typed there.
 */
function knownNotificationsAddress(deps: CoreDeps, apiKey: string): string | undefined {
  const domain = lastDomain(deps.settings);
  const address = domain ? readDomainState(deps.settings, domain, apiKey)?.addresses?.notifications : undefined;
  return address ? address.toLowerCase() : undefined;
}

/** Said when the From came from the assistant's settings and Odoo's own notifications address is another (or none). */
function fromNotices(fromSettings: string | undefined, odooNotifications: string | undefined): Pick<Result, 'notices'> {
  if (!fromSettings) return {};
  const odoo = odooNotifications?.toLowerCase();
  if (odoo === fromSettings) return {};
  return {
    notices: [
      odoo
        ? { code: 'from-not-odoo-notifications', params: { from: fromSettings, odoo } }
        : { code: 'odoo-no-notifications', params: { from: fromSettings } },
    ],
  };
}

export async function odooSendTest(
  deps: CoreDeps,
  input: Input,
  context: CallContext,
  tuning: SendTestTuning = {},
): Promise<Result> {
  const now = tuning.now ?? Date.now;
  // Mailjet first: without keys the message could be sent but not followed, so none is sent.
  const access = await connectWithStoredKeys(deps, { ...tuning, retry: { attempts: 1 } });
  const settings = deps.settings.read();
  const language = input.language ?? settings.language ?? languageFromLocale(deps.systemLocale);
  // The words of the message load while Odoo is asked.
  const words = translatorFor(language);
  context.progress('odoo.progress.connect');
  const session = await connect(deps, input, context);
  context.progress('odoo.progress.read');
  // A From the assistant already knows lets Odoo write the message while its state is read: the state
  // decides nothing about the message itself, only which server Odoo will pick and whether it is ours.
  // The create goes out first, as it is the one the answer waits for.
  const knownFrom = input.from ?? knownNotificationsAddress(deps, access.apiKey);
  let stateRead: ReturnType<typeof readSendingState> | undefined;
  const readState = () => {
    if (!stateRead) {
      stateRead = readSendingState(session);
      stateRead.catch(() => undefined); // awaited below, on every path
    }
    return stateRead;
  };
  const from = knownFrom ?? (await readState()).addresses?.notifications?.toLowerCase();
  if (!from) throw new AppError('odoo.send-from-missing');
  const i18n = await words;
  const reference = newReference();
  const params = { reference, db: session.target.db, url: session.target.url };

  context.progress('odoo.sendTest.progress.create', { reference });
  const created = session.execute<number>('mail.mail', 'create', [
    {
      email_from: from,
      email_to: input.to,
      subject: i18n.t('odoo.sendTest.mail.subject', params),
      body_html: `<p>${escapeHtml(i18n.t('odoo.sendTest.mail.body', params))}</p>`,
      // Odoo reads `headers` with ast.literal_eval: a Python dict literal (the reference is [a-z0-9-] only).
      headers: `{'X-MJ-CustomID': '${reference}'}`,
      // Kept after sending, so its state and failure reason can be read back.
      auto_delete: false,
    },
  ]);
  void readState();
  let mailId: number;
  try {
    mailId = await created;
  } catch (error) {
    // Both refused (not a Settings administrator): the state's answer says it best, as when it came first.
    const [state] = await Promise.allSettled([readState()]);
    throw state.status === 'rejected' ? state.reason : error;
  }

  const sentAt = new Date(now());
  context.progress('odoo.sendTest.progress.send', { reference });
  try {
    await session.call('mail.mail', 'send', [[mailId]], {}, { timeoutMs: SMTP_TEST_TIMEOUT_MS });
  } catch (error) {
    // Odoo 17's `send` returns None: the work is committed, then XML-RPC cannot marshal the answer (fault 1;
    // odoo/service/model.py `execute` logs "can not return `None`"). Seen on a real 17.0. The state read next tells.
    if (!(error instanceof OdooFault && /marshal None/.test(error.faultString)))
      throw session.mapError(error, 'mail.mail.send');
  }
  // Read while Odoo created and sent the message. If Odoo could not answer it, the message is sent all
  // the same (a re-run sends another); the error is the answer, as the report cannot be made without it.
  const state = await readState();
  const notices = fromNotices(knownFrom && !input.from ? from : undefined, state.addresses?.notifications);
  // Odoo does not record which server it used: the same rule on the same servers says which one it is.
  const choice = chooseMailServer(state.servers, from, state.addresses?.notifications);
  const chosen = choice.server;
  const ours = !!chosen && isOurMailjetServer(chosen, access.apiKey);
  const serverFacts = {
    ...(chosen ? { mailServerId: chosen.id, mailServerName: chosen.name } : {}),
    mailServerIsOurs: ours,
  };

  // Odoo's record and Mailjet's first look at the same time: the relay has already answered Odoo by now,
  // so on the good path this one read is all Mailjet needs (a failed read is simply retried below).
  const mailjetCanSee = !!chosen && isMailjetHost(chosen.smtp_host);
  const odooRecord = session.execute<Array<{ state: string; failure_reason: string | false }>>('mail.mail', 'read', [
    [mailId],
    ['state', 'failure_reason'],
  ]);
  const firstLook = mailjetCanSee
    ? findMessageByCustomId(access.client, reference, sentAt, context.signal)
    : Promise.resolve(undefined);
  firstLook.catch(() => undefined);
  const [mail] = await odooRecord;
  const odooState = mail?.state ?? 'exception';

  if (odooState !== 'sent') {
    const failureReason = redact(String(mail?.failure_reason || ''));
    const code = failureReason ? smtpFailure(failureReason).code : 'odoo.smtp-failed';
    const outcome: Outcome =
      chosen && !ours ? 'other-server' : code === 'odoo.smtp-auth' ? 'password-refused' : 'odoo-failed';
    return {
      reference,
      from,
      to: input.to,
      odoo: { state: odooState, ...(failureReason ? { failureReason } : {}), ...serverFacts },
      mailjet: { status: 'not-sent' },
      outcome,
      polls: mailjetCanSee ? 1 : 0,
      ...notices,
    };
  }

  // Odoo handed it to a server that is not Mailjet at all: Mailjet will never see it.
  if (!mailjetCanSee) {
    return {
      reference,
      from,
      to: input.to,
      odoo: { state: odooState, ...serverFacts },
      mailjet: { status: 'not-seen' },
      outcome: 'other-server',
      polls: 0,
      ...notices,
    };
  }

  context.progress('odoo.sendTest.progress.follow', { reference, seconds: input.waitSeconds });
  const deadline = now() + input.waitSeconds * 1000;
  const sleep = tuning.sleep ?? abortableSleep;
  let delay = tuning.firstDelayMs ?? FIRST_DELAY_MS;
  let seen: MessageSeen | undefined;
  let polls = 0;
  let read: Promise<MessageSeen | undefined> = firstLook;
  for (;;) {
    let pause = delay;
    try {
      polls += 1;
      seen = (await read) ?? seen;
      if (seen && FINAL.has(seen.status)) break;
    } catch (error) {
      // A busy Mailjet (429) says how long to wait; a fault or a lost connection gets the backoff. Anything else is an answer.
      if (!(error instanceof MailjetCallError)) throw error;
      const { status, code, retryAfter } = error.failure;
      if (status === 429) pause = Math.max(delay, parseRetryAfter(retryAfter) ?? delay);
      else if (!((status !== null && status >= 500) || (status === null && code !== 'ENOTFOUND'))) throw error;
    }
    const left = deadline - now();
    if (left <= 0) break;
    await sleep(Math.min(pause, left), context.signal);
    delay = Math.min(delay * 2, MAX_DELAY_MS);
    read = findMessageByCustomId(access.client, reference, sentAt, context.signal);
  }

  let outcome = outcomeOf(seen);
  if (!ours && outcome === 'not-seen') outcome = 'other-server';
  // Why blocked: the sender Mailjet has not validated is the usual reason; if Mailjet cannot say, "blocked" stands.
  if (outcome === 'blocked' && !(await senderValidated(access, from, context.signal).catch(() => true)))
    outcome = 'sender-not-validated';
  const status = seen?.status ?? 'not-seen';
  const mailjet: Result['mailjet'] = {
    // A status word Mailjet may add one day is shown as "unknown" rather than refused.
    status: (MAILJET_MESSAGE_STATUSES as readonly string[]).includes(status)
      ? (status as Result['mailjet']['status'])
      : 'unknown',
    ...(seen?.id ? { messageId: seen.id } : {}),
    ...(seen?.arrivedAt ? { arrivedAt: seen.arrivedAt } : {}),
    ...(seen?.stateId !== undefined
      ? { reason: `state-${seen.stateId}` }
      : outcome === 'sender-not-validated'
        ? { reason: 'sender-not-validated' }
        : {}),
  };
  return {
    reference,
    from,
    to: input.to,
    odoo: { state: odooState, ...serverFacts },
    mailjet,
    outcome,
    polls,
    ...notices,
  };
}
