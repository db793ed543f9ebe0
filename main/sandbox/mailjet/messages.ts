import { randomUUID } from 'node:crypto';
import type { Reply, StandInAccount } from './account';

// What Mailjet's message API shows about mail that came in through the SMTP relay: one message per
// recipient, found by the X-MJ-CustomID header and a time window, with Mailjet's status words and a
// per-message event history. Evidence: github.com/mailjet/api-documentation guides/_SMTP_relay.md
// (X-MJ-CustomID) and guides/_send-api-V3.md (GET /v3/REST/message?CustomID=…); the filters, fields,
// status words and history fields from github.com/mailjet/mailjet-apiv3-nodejs lib/types/api/Message.ts.

type MessageStatusWord =
  | 'queued'
  | 'sent'
  | 'opened'
  | 'clicked'
  | 'bounce'
  | 'spam'
  | 'unsub'
  | 'blocked'
  | 'hardbounced'
  | 'softbounced'
  | 'deferred';

/** What happens to mail for one recipient, set by a test or the demo (the recipient's side of the world). */
export interface RecipientFate {
  status: MessageStatusWord;
  /** Mailjet's MessageState number (lib/types/api/Message.ts), e.g. 1 user unknown, 13 greylisted. */
  stateId: number;
  comment: string;
}

export interface StandInMessage {
  /** Mailjet's message IDs do not fit a double (e.g. 576460765503091475, issue mailjet-apiv3-nodejs#213). */
  id: bigint;
  uuid: string;
  customId: string;
  from: string;
  to: string;
  subject: string;
  arrivedAt: Date;
  status: MessageStatusWord;
  stateId: number;
  statePermanent: boolean;
  /** The message API sees it from this moment on (Mailjet's delay is UNVERIFIED; default at once). */
  visibleAt: number;
  events: Array<{ at: Date; type: string; state: string; comment: string }>;
}

export interface IncomingMail {
  from: string;
  to: string[];
  subject: string;
  customId: string;
}

const FIRST_ID = 576460752303423488n; // 2^59: every ID is beyond JavaScript's exact integers, as Mailjet's are
const rfc3339 = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** An active sender for the address, or an active `*@domain` that covers it (Mailjet help centre, review M15). */
function senderValidated(account: StandInAccount, from: string): boolean {
  const address = from.toLowerCase();
  return account.senders.some(
    (s) => s.Status === 'Active' && (s.Email === address || s.Email === `*@${domainOf(address)}`),
  );
}

/** A time filter as Mailjet takes it (lib/types/api/Common.ts: `FromTS: string | number`): Unix seconds or a date. */
function timeFilter(value: string | null): number | undefined {
  if (value === null || value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : at;
}

const isTrue = (value: string | null) => value !== null && /^(true|1)$/i.test(value);

export class MessageLog {
  readonly messages: StandInMessage[] = [];
  readonly fates = new Map<string, RecipientFate>();
  private next = FIRST_ID;
  visibleAfterMs = 0;

  /**
   * Mail accepted by the relay. An address Mailjet does not know as a validated sender is accepted at
   * SMTP time and then not sent: Mailjet's staff say sends are not checked against the sender at call
   * time and a success only means "accepted for processing" (mailjet-apiv3-nodejs issue #273), and
   * Mailjet's help centre describes the "new sender detection" alert with an activation link
   * (mailjet.com/support/account.htm). That such a message shows as `blocked` is UNVERIFIED.
   */
  record(account: StandInAccount, mail: IncomingMail, now = new Date()): StandInMessage[] {
    const validated = senderValidated(account, mail.from);
    // The "new sender detection": an address never seen before is added as an inactive sender, with its e-mail.
    if (!validated && !account.findSender(mail.from)) account.createSender({ Email: mail.from });
    return mail.to.map((to) => {
      const fate = this.fates.get(to.toLowerCase());
      const status: MessageStatusWord = !validated ? 'blocked' : (fate?.status ?? 'sent');
      const message: StandInMessage = {
        id: this.next++,
        uuid: randomUUID(),
        customId: mail.customId,
        from: mail.from.toLowerCase(),
        to: to.toLowerCase(),
        subject: mail.subject,
        arrivedAt: now,
        status,
        // UNVERIFIED which state Mailjet gives a message held for its sender; 0 = none of the listed ones.
        stateId: !validated ? 0 : (fate?.stateId ?? 0),
        statePermanent: status === 'blocked' || status === 'hardbounced' || status === 'bounce',
        visibleAt: now.getTime() + this.visibleAfterMs,
        events: [
          !validated
            ? { at: now, type: 'blocked', state: 'sender not validated', comment: '' }
            : {
                at: now,
                type: status === 'sent' ? 'sent' : status.replace(/^(hard|soft)bounced$/, 'bounced'),
                state: fate?.comment ?? '',
                comment: '',
              },
        ],
      };
      this.messages.push(message);
      return message;
    });
  }

  private view(message: StandInMessage, query: URLSearchParams) {
    return {
      ArrivedAt: rfc3339(message.arrivedAt),
      AttachmentCount: 0,
      AttemptCount: message.status === 'deferred' ? 2 : 1,
      CampaignID: 0,
      ContactAlt: isTrue(query.get('ShowContactAlt')) ? message.to : '',
      ContactID: 0,
      Delay: 0,
      DestinationID: 0,
      FilterTime: 0,
      ID: `@@${message.id}@@`,
      IsClickTracked: false,
      IsHTMLPartIncluded: true,
      IsOpenTracked: false,
      IsTextPartIncluded: false,
      IsUnsubTracked: false,
      MessageSize: 1024,
      SenderID: 0,
      SpamassassinScore: 0,
      SpamassRules: '',
      StateID: message.stateId,
      StatePermanent: message.statePermanent,
      Status: message.status,
      ...(isTrue(query.get('ShowSubject')) ? { Subject: message.subject } : {}),
      ...(isTrue(query.get('ShowCustomID')) ? { CustomID: message.customId } : {}),
      UUID: message.uuid,
    };
  }

  /** The envelope with the big IDs written as bare JSON numbers, the way Mailjet writes them. */
  private reply(items: unknown[], total = items.length): Reply {
    const raw = JSON.stringify({ Count: items.length, Data: items, Total: total }).replace(/"@@(\d+)@@"/g, '$1');
    return { status: 200, raw };
  }

  list(query: URLSearchParams, now = Date.now()): Reply {
    const customId = query.get('CustomID');
    const from = timeFilter(query.get('FromTS'));
    const to = timeFilter(query.get('ToTS'));
    const status = query.get('MessageStatus');
    const matches = this.messages.filter(
      (m) =>
        m.visibleAt <= now &&
        (customId === null || m.customId === customId) &&
        (from === undefined || m.arrivedAt.getTime() >= from) &&
        (to === undefined || m.arrivedAt.getTime() <= to) &&
        (status === null || STATUS_NUMBERS[m.status] === Number(status)),
    );
    const asked = Number(query.get('Limit') ?? '10');
    const limit = !Number.isFinite(asked) || asked <= 0 ? (asked === 0 ? 1000 : 10) : Math.min(1000, Math.floor(asked));
    const offset = Math.max(0, Math.floor(Number(query.get('Offset') ?? '0')) || 0);
    const pageItems = matches.slice(offset, offset + limit).map((m) => this.view(m, query));
    return this.reply(pageItems);
  }

  find(id: string, now = Date.now()): StandInMessage | undefined {
    if (!/^\d+$/.test(id)) return undefined;
    const wanted = BigInt(id);
    return this.messages.find((m) => m.id === wanted && m.visibleAt <= now);
  }

  get(id: string, query: URLSearchParams): Reply | undefined {
    const message = this.find(id);
    return message ? this.reply([this.view(message, query)]) : undefined;
  }

  history(id: string): Reply | undefined {
    const message = this.find(id);
    if (!message) return undefined;
    return this.reply(
      message.events.map((e) => ({
        Comment: e.comment,
        EventAt: Math.floor(e.at.getTime() / 1000),
        EventType: e.type,
        State: e.state,
        Useragent: '',
        UseragentID: 0,
      })),
    );
  }
}

/** `MessageStatus` filter numbers (lib/types/api/Message.ts enum MessageStatus). */
const STATUS_NUMBERS: Record<MessageStatusWord, number> = {
  queued: 1,
  sent: 2,
  opened: 3,
  clicked: 4,
  bounce: 5,
  spam: 6,
  unsub: 7,
  blocked: 8,
  softbounced: 9,
  hardbounced: 10,
  deferred: 11,
};
