import type { MailjetClient } from './client';
import { envelopeItems } from './api-shapes';

// Reading one message back from Mailjet's message API: `GET /v3/REST/message` filtered by the
// X-MJ-CustomID the message carried and a time window (github.com/mailjet/api-documentation
// guides/_send-api-V3.md, "…/v3/REST/message?CustomID=…"; filters and fields from
// github.com/mailjet/mailjet-apiv3-nodejs lib/types/api/Message.ts). IDs exceed 2^53: node-mailjet's
// json-bigint hands them over as strings, and they are kept as strings.

export interface MessageSeen {
  id?: string;
  status: string;
  arrivedAt?: string;
  /** Mailjet's MessageState number when it gives one (1 user unknown … 21 spam reporter). */
  stateId?: number;
}

const text = (value: unknown) =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'bigint'
      ? String(value)
      : undefined;

function parseMessage(item: unknown): MessageSeen {
  const record = (item ?? {}) as Record<string, unknown>;
  const status = (text(record.Status) ?? 'unknown').toLowerCase();
  const id = text(record.ID);
  const arrivedAt = text(record.ArrivedAt);
  const stateId = typeof record.StateID === 'number' && record.StateID > 0 ? record.StateID : undefined;
  return {
    status,
    ...(id ? { id } : {}),
    ...(arrivedAt ? { arrivedAt } : {}),
    ...(stateId !== undefined ? { stateId } : {}),
  };
}

/**
 * The message with this CustomID that arrived after `since`, or undefined while Mailjet shows none.
 * FromTS is sent as an RFC 3339 time (the typing allows a string or a number; which form Mailjet
 * prefers is UNVERIFIED), a minute early so a clock a little behind Mailjet's does not hide it.
 */
export async function findMessageByCustomId(
  client: MailjetClient,
  customId: string,
  since: Date,
  signal: AbortSignal,
): Promise<MessageSeen | undefined> {
  const fromTs = new Date(since.getTime() - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const { body } = await client.call(
    {
      method: 'get',
      resource: 'message',
      params: { CustomID: customId, FromTS: fromTs, ShowSubject: true, ShowCustomID: true, Limit: 10 },
    },
    signal,
  );
  const items = envelopeItems(body).items.map(parseMessage);
  // One recipient, one message; should Mailjet list more (a retry), the most advanced one tells the story.
  return items.find((item) => item.status !== 'queued' && item.status !== 'unknown') ?? items[0];
}
