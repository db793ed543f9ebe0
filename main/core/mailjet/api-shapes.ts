import { z } from 'zod';
import { AppError } from '@shared/errors';
import type { ChannelOutput } from '@shared/contract';
import { MAILJET_DNS_VALUE_LIMITS, type MailjetDnsValues } from '@shared/dns/mailjet-values';

// Mailjet's answers read through the app's own tolerant types instead of node-mailjet's typings, which
// are wrong in known places (validate's envelope and `Errors`, check's error arrays, the SPF field
// name) and whose enums are undefined at runtime in v6. Unknown fields are ignored; a missing
// required field is an unexpected answer, not a crash.

export type MailjetId = number | string;

const id = z.union([z.number().int().nonnegative(), z.string().regex(/^\d{1,30}$/)]);
const optionalText = (max = 4096) =>
  z.preprocess((value) => (typeof value === 'string' ? value : undefined), z.string().max(max).optional());
/** Informational lists (check errors, records found): kept short whatever Mailjet sends. */
const textList = (max: number) =>
  z.preprocess((value) => {
    const items = Array.isArray(value) ? value : [value];
    return items
      .filter((item): item is string => typeof item === 'string' && item !== '')
      .slice(0, 20)
      .map((item) => item.slice(0, max));
  }, z.array(z.string()));

type SenderStatus = 'active' | 'inactive' | 'deleted';

/** Anything Mailjet may add later (the UI speaks of "pending") counts as not active yet. */
function senderStatus(value: unknown): SenderStatus {
  const word = typeof value === 'string' ? value.toLowerCase() : '';
  return word === 'active' ? 'active' : word === 'deleted' ? 'deleted' : 'inactive';
}

const senderSchema = z.looseObject({
  ID: id,
  Email: z.string().max(320),
  Status: z.unknown().optional(),
  EmailType: optionalText(32),
  DNSID: id.optional().catch(undefined),
});

export interface SenderRecord {
  id: MailjetId;
  email: string;
  status: SenderStatus;
  emailType: string;
  dnsId?: MailjetId;
}

/** Mailjet's check results in the report's words (`mailjetSetup`'s `spf.status`, `dkim.status`). */
export type DnsCheckStatus = ChannelOutput<'mailjetSetup'>['spf']['status'];

export function dnsCheckStatus(value: unknown): DnsCheckStatus {
  const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (word === 'ok') return 'ok';
  if (word === 'error') return 'error';
  if (word === 'not found') return 'not-found';
  if (word === 'not checked' || word === '') return 'not-checked';
  return 'unknown';
}

const dnsSchema = z.looseObject({
  ID: id.optional().catch(undefined),
  // Values to publish must arrive whole: one too long to store is an unexpected answer, not clipped.
  Domain: optionalText(253),
  DKIMRecordName: optionalText(MAILJET_DNS_VALUE_LIMITS.dkimName),
  DKIMRecordValue: optionalText(MAILJET_DNS_VALUE_LIMITS.dkimValue),
  DKIMStatus: z.unknown().optional(),
  SPFRecordValue: optionalText(MAILJET_DNS_VALUE_LIMITS.spfValue),
  SPFStatus: z.unknown().optional(),
  OwnerShipToken: optionalText(MAILJET_DNS_VALUE_LIMITS.ownershipValue),
  OwnerShipTokenRecordName: optionalText(MAILJET_DNS_VALUE_LIMITS.ownershipName),
  IsCheckInProgress: z.unknown().optional(),
  LastCheckAt: optionalText(40),
});

/** Mailjet's DNS resource: the values to publish (the one declaration, shared/dns/mailjet-values.ts) and where the checks stand. */
export interface DnsRecord extends MailjetDnsValues {
  id?: MailjetId;
  domain?: string;
  dkimStatus: DnsCheckStatus;
  spfStatus: DnsCheckStatus;
  checkInProgress: boolean;
  lastCheckAt?: string;
}

const checkSchema = z.looseObject({
  DKIMStatus: z.unknown().optional(),
  DKIMErrors: textList(1000),
  DKIMRecordCurrentValue: textList(4096),
  SPFStatus: z.unknown().optional(),
  SPFErrors: textList(1000),
  // The official guide and the Java SDK say SPFRecordsCurrentValues (array); node-mailjet and the Go
  // SDK say SPFRecordCurrentValue (string). Both are read.
  SPFRecordsCurrentValues: textList(4096),
  SPFRecordCurrentValue: textList(4096),
});

export interface DnsCheck {
  dkimStatus: DnsCheckStatus;
  dkimErrors: string[];
  dkimCurrent: string[];
  spfStatus: DnsCheckStatus;
  spfErrors: string[];
  spfCurrent: string[];
}

type ValidationMethod = 'dns' | 'file' | 'domain' | 'activation-email' | 'none' | 'other';

export interface ValidationOutcome {
  method: ValidationMethod;
  /** GlobalError first, then each entry of Errors (an object, although node-mailjet types it as a string). */
  errors: string[];
}

const validationSchema = z.looseObject({
  ValidationMethod: optionalText(64),
  GlobalError: optionalText(100_000),
  Errors: z.unknown().optional(),
});

function truthy(value: unknown): boolean {
  return value === true || value === 'true' || value === 1;
}

function unexpected(what: string): AppError {
  return new AppError('mailjet.unexpected-response', { what });
}

/** `Data` is always an array in Mailjet's envelope, even for one object. */
export function envelopeItems(body: unknown): { items: unknown[]; total: number } {
  if (!body || typeof body !== 'object' || !Array.isArray((body as { Data?: unknown }).Data))
    throw unexpected('envelope');
  const items = (body as { Data: unknown[] }).Data;
  const total = (body as { Total?: unknown }).Total;
  return { items, total: typeof total === 'number' ? total : items.length };
}

export function parseSender(item: unknown): SenderRecord {
  const parsed = senderSchema.safeParse(item);
  if (!parsed.success) throw unexpected('sender');
  const { ID, Email, Status, EmailType, DNSID } = parsed.data;
  return {
    id: ID,
    email: Email.trim().toLowerCase(),
    status: senderStatus(Status),
    emailType: (EmailType ?? 'unknown').toLowerCase(),
    ...(DNSID !== undefined ? { dnsId: DNSID } : {}),
  };
}

export function parseDns(item: unknown): DnsRecord {
  const parsed = dnsSchema.safeParse(item);
  if (!parsed.success) throw unexpected('dns');
  const d = parsed.data;
  const pick = <K extends string>(key: K, value: string | undefined) =>
    (value ? { [key]: value } : {}) as Partial<Record<K, string>>;
  return {
    ...(d.ID !== undefined ? { id: d.ID } : {}),
    ...pick('domain', d.Domain),
    ...pick('ownershipName', d.OwnerShipTokenRecordName),
    ...pick('ownershipValue', d.OwnerShipToken),
    ...pick('dkimName', d.DKIMRecordName),
    ...pick('dkimValue', d.DKIMRecordValue),
    ...pick('spfValue', d.SPFRecordValue),
    dkimStatus: dnsCheckStatus(d.DKIMStatus),
    spfStatus: dnsCheckStatus(d.SPFStatus),
    checkInProgress: truthy(d.IsCheckInProgress),
    ...pick('lastCheckAt', d.LastCheckAt),
  };
}

export function parseDnsCheck(item: unknown): DnsCheck {
  const parsed = checkSchema.safeParse(item);
  if (!parsed.success) throw unexpected('dns-check');
  const c = parsed.data;
  return {
    dkimStatus: dnsCheckStatus(c.DKIMStatus),
    dkimErrors: c.DKIMErrors,
    dkimCurrent: c.DKIMRecordCurrentValue,
    spfStatus: dnsCheckStatus(c.SPFStatus),
    spfErrors: c.SPFErrors,
    spfCurrent: c.SPFRecordsCurrentValues.length ? c.SPFRecordsCurrentValues : c.SPFRecordCurrentValue,
  };
}

function validationMethod(value: string | undefined): ValidationMethod {
  switch ((value ?? '').trim().toLowerCase()) {
    case '':
      return 'none';
    case 'dns':
      return 'dns';
    case 'file':
      return 'file';
    case 'domain':
      return 'domain';
    case 'activationemail':
      return 'activation-email';
    default:
      return 'other';
  }
}

/** The guide wraps validate's answer in Count/Data/Total; recorded traffic has it at the top level. */
export function parseValidation(body: unknown): ValidationOutcome {
  const item =
    body && typeof body === 'object' && Array.isArray((body as { Data?: unknown }).Data)
      ? (body as { Data: unknown[] }).Data[0]
      : body;
  const parsed = validationSchema.safeParse(item);
  if (!parsed.success) throw unexpected('validate');
  const { ValidationMethod, GlobalError, Errors } = parsed.data;
  const detail =
    Errors && typeof Errors === 'object'
      ? Object.values(Errors as Record<string, unknown>).filter((v): v is string => typeof v === 'string' && v !== '')
      : typeof Errors === 'string' && Errors
        ? [Errors]
        : [];
  return { method: validationMethod(ValidationMethod), errors: [...(GlobalError ? [GlobalError] : []), ...detail] };
}
