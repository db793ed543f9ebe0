import { MailjetCallError, type MailjetClient } from './client';
import {
  envelopeItems,
  parseDns,
  parseDnsCheck,
  parseSender,
  parseValidation,
  type DnsCheck,
  type DnsRecord,
  type MailjetId,
  type SenderRecord,
  type ValidationOutcome,
} from './api-shapes';

// The handful of Mailjet calls the setup needs, each with the quirk it must survive spelled out once.

/** A key has at most 100 senders, so one page of 1000 always holds a whole domain. */
const PAGE = 1000;

const isBusinessRefusal = (error: unknown, pattern: RegExp): boolean =>
  error instanceof MailjetCallError && error.failure.status === 400 && pattern.test(error.failure.message);

// Wording seen over the years: "MJ18 A Sender resource with value … already exists." (2014) and
// "There is an already existing … sender with the same email" (recent production code).
const ALREADY_EXISTS = /already exist/i;
const ALREADY_ACTIVE = /already active/i;

export type CreateOutcome = { created: true; sender: SenderRecord } | { created: false };
export type ValidateOutcome = ValidationOutcome | { method: 'already-active'; errors: [] };

export class MailjetResources {
  constructor(private readonly client: MailjetClient) {}

  get requestCount(): number {
    return this.client.requestCount;
  }

  /**
   * The cheap key check, and the number of senders the key has: no sender is read and no secret comes
   * back (unlike GET /apikey). Only `countOnly` makes `Total` the whole count; on an ordinary page
   * Mailjet's `Total` is the size of that page (so `Limit=1` would say "1" for every account).
   */
  async countSenders(signal: AbortSignal): Promise<number> {
    const { body } = await this.client.call({ method: 'get', resource: 'sender', params: { countOnly: 1 } }, signal);
    return envelopeItems(body).total;
  }

  /** Deleted senders are asked for explicitly: they block re-creation, so they must be found. */
  async listDomainSenders(domain: string, signal: AbortSignal): Promise<SenderRecord[]> {
    const { body } = await this.client.call(
      { method: 'get', resource: 'sender', params: { Domain: domain, ShowDeleted: true, Limit: PAGE } },
      signal,
    );
    return envelopeItems(body).items.map(parseSender);
  }

  /** By ID or by address (`*@domain` included); lookup by address also returns deleted senders. */
  async findSender(idOrEmail: MailjetId, signal: AbortSignal): Promise<SenderRecord | null> {
    try {
      const { body } = await this.client.call({ method: 'get', resource: 'sender', id: idOrEmail }, signal);
      const [item] = envelopeItems(body).items;
      return item === undefined ? null : parseSender(item);
    } catch (error) {
      if (error instanceof MailjetCallError && error.failure.status === 404) return null;
      throw error;
    }
  }

  /** `created: false` when Mailjet already has the address, deleted senders included. */
  async createSender(email: string, emailType: string, signal: AbortSignal): Promise<CreateOutcome> {
    try {
      const { body } = await this.client.call(
        { method: 'post', resource: 'sender', data: { Email: email, EmailType: emailType } },
        signal,
      );
      const [item] = envelopeItems(body).items;
      return { created: true, sender: parseSender(item) };
    } catch (error) {
      if (isBusinessRefusal(error, ALREADY_EXISTS)) return { created: false };
      throw error;
    }
  }

  /** PUT behaves like PATCH; Mailjet answers 304 when nothing changed. */
  async setEmailType(id: MailjetId, emailType: string, signal: AbortSignal): Promise<'changed' | 'unchanged'> {
    const { status } = await this.client.call(
      { method: 'put', resource: 'sender', id, data: { EmailType: emailType } },
      signal,
    );
    return status === 304 ? 'unchanged' : 'changed';
  }

  /** Always the sender ID, never the DNS ID. A 400 "already active" is success seen late. */
  async validateSender(id: MailjetId, signal: AbortSignal): Promise<ValidateOutcome> {
    try {
      const { body } = await this.client.call(
        { method: 'post', resource: 'sender', id, action: 'validate', data: {} },
        signal,
      );
      return parseValidation(body);
    } catch (error) {
      if (isBusinessRefusal(error, ALREADY_ACTIVE)) return { method: 'already-active', errors: [] };
      throw error;
    }
  }

  /** Null until a sender on the domain exists: there is no POST on `dns`. */
  async getDns(domain: string, signal: AbortSignal): Promise<DnsRecord | null> {
    try {
      const { body } = await this.client.call({ method: 'get', resource: 'dns', id: domain }, signal);
      const [item] = envelopeItems(body).items;
      return item === undefined ? null : parseDns(item);
    } catch (error) {
      if (error instanceof MailjetCallError && error.failure.status === 404) return null;
      throw error;
    }
  }

  async checkDns(domain: string, signal: AbortSignal): Promise<DnsCheck> {
    const { body } = await this.client.call(
      { method: 'post', resource: 'dns', id: domain, action: 'check', data: {} },
      signal,
    );
    const [item] = envelopeItems(body).items;
    return parseDnsCheck(item);
  }
}
