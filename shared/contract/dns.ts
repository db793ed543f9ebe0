import { z } from 'zod';
import { DNS_EXPORT_FORMATS } from '../dns/export-formats';
import { mailjetDnsValuesSchema } from '../dns/mailjet-values';
import { PROVIDER_IDS } from '../dns/providers';
import { CHECK_SOURCES, CHECK_STATUSES, LOOKUP_OUTCOMES, PURPOSES } from '../dns/vocabulary';
import { LANGUAGES } from '../languages';
import { channel, type ChannelMap, type ErrorKindMap } from './channel';

// Inputs are deliberately loose (types and sizes only): the DNS code itself explains what is wrong
// with a domain, a name or a pasted record, with its own error codes, instead of a generic
// "invalid input".

const noticeSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const recordsRequestFields = {
  domain: z.string().max(2048),
  mailjet: mailjetDnsValuesSchema.strict().optional(),
  existingSpf: z.string().max(8192).optional(),
  existingDmarc: z.string().max(4096).optional(),
  odooOnline: z.boolean().optional(),
  dmarcRua: z.string().max(320).optional(),
};

const formatSchema = z.enum(DNS_EXPORT_FORMATS);
const domainSchema = z.object({ ascii: z.string(), unicode: z.string(), droppedSubdomain: z.string().optional() });
const purposeSchema = z.enum(PURPOSES);
const typeSchema = z.enum(['TXT', 'CNAME']);
const actionSchema = z.enum(['add', 'replace', 'keep']);

const recordSchema = z.object({
  purpose: purposeSchema,
  type: typeSchema,
  name: z.string(),
  value: z.string(),
  ttl: z.number().int(),
  action: actionSchema,
  previous: z.string().optional(),
  notes: z.array(noticeSchema),
});

const formRowSchema = z.object({
  purpose: purposeSchema,
  type: typeSchema,
  action: actionSchema,
  ttl: z.number().int(),
  fqdn: z.string(),
  host: z.string(),
  hostAlternative: z.string().optional(),
  value: z.string(),
  valueParts: z.array(z.string()).optional(),
  valueAlternative: z.string().optional(),
  previous: z.string().optional(),
  notes: z.array(noticeSchema),
});

const providerSchema = z.object({
  id: z.enum(PROVIDER_IDS),
  name: z.string(),
  rules: z.object({
    host: z.enum(['relative', 'fqdn']),
    apex: z.enum(['@', 'empty', 'domain']),
    quotes: z.enum(['none', 'required']),
    longValues: z.enum(['single', 'split-quoted', 'auto-split']),
    cnameTarget: z.enum(['trailing-dot', 'plain']),
    maxValueLength: z.number().int().optional(),
  }),
  unverified: z.array(z.enum(['host', 'apex', 'quotes', 'longValues', 'cnameTarget'])),
  zoneImport: z.boolean(),
  extra: z.string().optional(),
});

const existingSourceSchema = z.enum(['pasted', 'dns', 'none']);

export const dnsChannels = {
  /** The records for a domain, in the chosen provider's form; `lookupExisting` reads the published SPF and DMARC first. */
  dnsRecords: channel(
    z
      .object({
        ...recordsRequestFields,
        provider: z.string().max(64).optional(),
        lookupExisting: z.boolean().optional(),
        resolver: z.string().max(64).optional(),
      })
      .strict(),
    z.object({
      domain: domainSchema,
      records: z.array(recordSchema),
      pending: z.array(purposeSchema),
      notices: z.array(noticeSchema),
      spfLookups: z.object({ count: z.number().int(), assumed: z.array(z.string()), limit: z.number().int() }),
      form: z.object({ provider: providerSchema, rows: z.array(formRowSchema), instructions: z.array(noticeSchema) }),
      existing: z.object({ spf: existingSourceSchema, dmarc: existingSourceSchema }),
    }),
  ),
  /** The same records as a file: zone fragment, CSV, JSON, text, or the printable hand-off sheet. */
  dnsExport: channel(
    z
      .object({
        ...recordsRequestFields,
        provider: z.string().max(64).optional(),
        format: formatSchema,
        language: z.enum(LANGUAGES).optional(),
        lookupExisting: z.boolean().optional(),
        resolver: z.string().max(64).optional(),
      })
      .strict(),
    z.object({ format: formatSchema, fileName: z.string(), mimeType: z.string(), content: z.string() }),
  ),
  /** Asks the domain's nameservers (or `resolver`) whether every record is published as it should be. */
  dnsCheck: channel(
    z.object({ ...recordsRequestFields, resolver: z.string().max(64).optional() }).strict(),
    z.object({
      domain: domainSchema,
      ok: z.boolean(),
      checkedAt: z.string(),
      source: z.enum(CHECK_SOURCES),
      servers: z.array(
        z.object({
          name: z.string(),
          address: z.string(),
          answered: z.boolean(),
          failure: z.enum(LOOKUP_OUTCOMES).optional(),
        }),
      ),
      detectedProvider: z.enum(PROVIDER_IDS).nullable(),
      queries: z.number().int().nonnegative(),
      records: z.array(
        z.object({
          purpose: purposeSchema,
          type: typeSchema,
          name: z.string(),
          status: z.enum(CHECK_STATUSES),
          lookup: z.enum(LOOKUP_OUTCOMES),
          found: z.array(z.string()),
          foundAt: z.string().optional(),
          expected: z.string().nullable(),
          hint: noticeSchema.nullable(),
        }),
      ),
    }),
    { long: true },
  ),
  /** Which DNS provider the domain's nameservers belong to, to preselect its form. */
  dnsDetectProvider: channel(
    z.object({ domain: z.string().max(2048), resolver: z.string().max(64).optional() }).strict(),
    z.object({ domain: z.string(), nameservers: z.array(z.string()), provider: z.enum(PROVIDER_IDS).nullable() }),
  ),
} satisfies ChannelMap;

export const dnsErrors = {
  'dns.invalid-domain': 'input',
  'dns.public-suffix': 'input',
  'dns.invalid-name': 'input',
  'dns.foreign-name': 'input',
  'dns.invalid-value': 'input',
  'dns.ownership-incomplete': 'input',
  'dns.spf-invalid': 'input',
  'dns.spf-glued': 'input',
  'dns.spf-multiple': 'input',
  'dns.dkim-invalid': 'input',
  'dns.dkim-truncated': 'input',
  'dns.invalid-email': 'input',
  'dns.invalid-resolver': 'input',
  'dns.unknown-provider': 'input',
  'dns.unknown-format': 'input',
  'dns.spf-multiple-published': 'check',
  'dns.domain-not-found': 'check',
  'dns.timeout': 'service',
  'dns.refused': 'service',
  'dns.servfail': 'service',
  'dns.unreachable': 'service',
} satisfies ErrorKindMap;
