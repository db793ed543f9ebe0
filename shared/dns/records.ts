import { AppError } from '../errors';
import { readDkimValue } from './dkim';
import { planDmarc } from './dmarc';
import { normaliseDomain, type NormalisedDomain } from './domain';
import type { MailjetDnsValues } from './mailjet-values';
import { absoluteName } from './names';
import type { Notice } from './notice';
import type { SpfLookupCount } from './spf';
import { mailjetIncludes, mergeSpf, ODOO_SPF_INCLUDE, readExistingSpf } from './spf-merge';
import { readPastedValue } from './txt';
import type { Purpose, RecordAction, RecordType } from './vocabulary';

// The records a domain needs to send through Mailjet (and, while Odoo's own servers still send some
// of its mail, through Odoo), each with why it is there. Pure and offline: what exists in DNS comes in
// as pasted text, or from the core when it looked it up.

export { type Purpose, type RecordAction, type RecordType } from './vocabulary';

export interface DnsRecord {
  purpose: Purpose;
  type: RecordType;
  /** Absolute name in ASCII, without the trailing dot. */
  name: string;
  /** The whole logical value: TXT strings joined, a CNAME target without the trailing dot. */
  value: string;
  ttl: number;
  /** add: a new record; replace: edit the record shown in `previous`; keep: nothing to change. */
  action: RecordAction;
  previous?: string;
  notes: Notice[];
}

export interface RecordsRequest {
  domain: string;
  mailjet?: MailjetDnsValues;
  /** The apex TXT records as the user pasted them (or as looked up); only the SPF one is used. */
  existingSpf?: string;
  existingDmarc?: string;
  /** Odoo's own servers still send part of the mail (Odoo Online / Odoo.sh). */
  odooOnline?: boolean;
  /** Where DMARC aggregate reports should go. */
  dmarcRua?: string;
}

export interface PreparedRecords {
  domain: NormalisedDomain;
  records: DnsRecord[];
  /** Records that need values only Mailjet can give (after the domain is added there). */
  pending: Purpose[];
  notices: Notice[];
  spfLookups: SpfLookupCount;
}

const ODOO_DKIM_LABEL = 'odoo._domainkey';
const ODOO_DKIM_TARGET = 'odoo._domainkey.odoo.com';
export const MAILJET_DKIM_LABEL = 'mailjet._domainkey';
const TTL = 3600;

function ownershipRecord(values: MailjetDnsValues, domain: string): DnsRecord | null {
  const name = values.ownershipName?.trim();
  const token = values.ownershipValue !== undefined ? readPastedValue(values.ownershipValue) : '';
  if (!name && !token) return null;
  if (!name) throw new AppError('dns.ownership-incomplete', { missing: 'ownership-name' });
  if (!token) throw new AppError('dns.ownership-incomplete', { missing: 'ownership-value' });
  // Mailjet's tokens are short printable words; anything with spaces or quotes is a bad copy.
  if (!/^[A-Za-z0-9][\x21-\x7e]{3,254}$/.test(token) || token.includes('"')) {
    throw new AppError('dns.invalid-value', { field: 'ownership-value' });
  }
  return {
    purpose: 'ownership',
    type: 'TXT',
    name: absoluteName(name, domain, 'ownership-name'),
    value: token,
    ttl: TTL,
    action: 'add',
    notes: [],
  };
}

function dkimRecord(values: MailjetDnsValues, domain: string): DnsRecord | null {
  if (!values.dkimValue?.trim()) return null;
  const name = absoluteName(values.dkimName?.trim() || MAILJET_DKIM_LABEL, domain, 'dkim-name');
  return {
    purpose: 'dkim',
    type: 'TXT',
    name,
    value: readDkimValue(values.dkimValue),
    ttl: TTL,
    action: 'add',
    notes: [],
  };
}

export function prepareRecords(request: RecordsRequest): PreparedRecords {
  const domain = normaliseDomain(request.domain);
  const mailjet = request.mailjet ?? {};
  const records: DnsRecord[] = [];
  const notices: Notice[] = [];
  if (domain.droppedSubdomain && domain.droppedSubdomain !== 'www') {
    notices.push({ code: 'subdomain-dropped', params: { dropped: domain.droppedSubdomain, domain: domain.unicode } });
  }

  const ownership = ownershipRecord(mailjet, domain.ascii);
  if (ownership) records.push(ownership);

  const includes = [...(request.odooOnline ? [ODOO_SPF_INCLUDE] : []), ...mailjetIncludes(mailjet.spfValue)];
  const spf = mergeSpf(readExistingSpf(request.existingSpf), includes);
  records.push({
    purpose: 'spf',
    type: 'TXT',
    name: domain.ascii,
    value: spf.value,
    ttl: TTL,
    action: spf.action,
    ...(spf.previous ? { previous: spf.previous } : {}),
    notes: spf.notices,
  });

  const dkim = dkimRecord(mailjet, domain.ascii);
  if (dkim) records.push(dkim);

  if (request.odooOnline) {
    records.push({
      purpose: 'odoo-dkim',
      type: 'CNAME',
      name: `${ODOO_DKIM_LABEL}.${domain.ascii}`,
      value: ODOO_DKIM_TARGET,
      ttl: TTL,
      action: 'add',
      notes: [],
    });
  }

  const dmarc = planDmarc(request.existingDmarc, domain.ascii, request.dmarcRua?.trim() || undefined);
  records.push({
    purpose: 'dmarc',
    type: 'TXT',
    name: `_dmarc.${domain.ascii}`,
    value: dmarc.value,
    ttl: TTL,
    action: dmarc.action,
    ...(dmarc.previous ? { previous: dmarc.previous } : {}),
    notes: dmarc.notices,
  });

  const pending: Purpose[] = [...(ownership ? [] : (['ownership'] as const)), ...(dkim ? [] : (['dkim'] as const))];
  return { domain, records, pending, notices, spfLookups: spf.lookups };
}
