import { relativeName } from './names';
import type { Notice } from './notice';
import { resolveProvider, type FormAspect, type ProviderId, type ResolvedProvider } from './providers';
import type { DnsRecord, PreparedRecords, Purpose, RecordAction, RecordType } from './records';
import { byteLength, quotedTxt, splitTxt, TXT_STRING_MAX_BYTES } from './txt';

// The records as the user will type them into their provider's form: one row per record, host and
// value as separate fields (each gets its own copy button in the wizard).

export interface FormRow {
  purpose: Purpose;
  type: RecordType;
  action: RecordAction;
  ttl: number;
  /** The absolute name, for reference and for checking. */
  fqdn: string;
  /** What goes in the host / name field; "" means leave it empty. */
  host: string;
  /** The other way of writing the host, offered when the provider's rule is not confirmed. */
  hostAlternative?: string;
  /** What goes in the value field. */
  value: string;
  /** For a value over 255 bytes: the same value in parts, for a panel that refuses it whole. */
  valueParts?: string[];
  /** A CNAME target without the final dot, when the provider's rule is not confirmed. */
  valueAlternative?: string;
  previous?: string;
  notes: Notice[];
}

export interface ProviderForm {
  provider: ResolvedProvider;
  rows: FormRow[];
  /** How this panel's form works, as locale keys under dns.form. */
  instructions: Notice[];
}

/** Alternatives help wherever the rule is a guess: an unconfirmed rule, or a panel we know nothing about. */
const offersAlternative = (provider: ResolvedProvider, aspect: FormAspect) =>
  provider.id === 'generic' || provider.unverified.includes(aspect);

function hostFor(absolute: string, domain: string, provider: ResolvedProvider): { host: string; alternative?: string } {
  const { host: style, apex } = provider.rules;
  const relative = relativeName(absolute, domain);
  const isApex = relative === '@';
  const host =
    style === 'fqdn' ? absolute : isApex ? (apex === 'empty' ? '' : apex === 'domain' ? domain : '@') : relative;
  if (!offersAlternative(provider, 'host')) return { host };
  // The generic form is relative; the FQDN is the fallback for panels that want the full name.
  const alternative = style === 'fqdn' ? (isApex ? '@' : relative) : absolute;
  return alternative === host ? { host } : { host, alternative };
}

function txtValue(record: DnsRecord, provider: ResolvedProvider): Pick<FormRow, 'value' | 'valueParts' | 'notes'> {
  const { quotes, longValues, maxValueLength } = provider.rules;
  const long = byteLength(record.value) > TXT_STRING_MAX_BYTES;
  const notes: Notice[] = [];
  if (maxValueLength && record.value.length > maxValueLength)
    notes.push({ code: 'value-over-limit', params: { limit: maxValueLength } });
  if (quotes === 'required' || longValues === 'split-quoted') {
    if (long) notes.push({ code: 'value-split-quoted' });
    return { value: quotes === 'required' || long ? quotedTxt(record.value) : record.value, notes };
  }
  if (!long) return { value: record.value, notes };
  if (longValues === 'auto-split') {
    notes.push({ code: 'value-auto-split' });
    return { value: record.value, notes };
  }
  notes.push({ code: 'value-long' });
  return { value: record.value, valueParts: splitTxt(record.value), notes };
}

function cnameValue(record: DnsRecord, provider: ResolvedProvider): Pick<FormRow, 'value' | 'valueAlternative'> {
  const dotted = `${record.value}.`;
  const value = provider.rules.cnameTarget === 'trailing-dot' ? dotted : record.value;
  if (!offersAlternative(provider, 'cnameTarget')) return { value };
  return { value, valueAlternative: value === dotted ? record.value : dotted };
}

function actionNotes(record: DnsRecord): Notice[] {
  if (record.action === 'keep') return [{ code: 'already-there' }];
  if (record.action === 'replace') return [{ code: record.purpose === 'spf' ? 'edit-existing-spf' : 'edit-existing' }];
  return [];
}

/** `domain` is the Unicode form: these sentences are read by people, the hosts are typed in ASCII. */
function instructionsFor(provider: ResolvedProvider, domain: string): Notice[] {
  const { rules } = provider;
  const list: Notice[] = [
    { code: rules.host === 'fqdn' ? 'host-fqdn' : 'host-relative', params: { domain } },
    { code: `apex-${rules.apex === '@' ? 'at' : rules.apex}`, params: { domain } },
    { code: rules.quotes === 'required' ? 'quotes-required' : 'quotes-none' },
    { code: `long-${rules.longValues}` },
  ];
  if (provider.zoneImport) list.push({ code: 'zone-import' });
  if (provider.extra) list.push({ code: `extra-${provider.extra}` });
  if (provider.unverified.length) list.push({ code: 'unverified', params: { provider: provider.name } });
  return list;
}

export function providerForm(
  prepared: Pick<PreparedRecords, 'domain' | 'records'>,
  providerId: ProviderId = 'generic',
): ProviderForm {
  const provider = resolveProvider(providerId);
  const domain = prepared.domain.ascii;
  const rows = prepared.records.map((record): FormRow => {
    const { host, alternative } = hostFor(record.name, domain, provider);
    const value = record.type === 'TXT' ? txtValue(record, provider) : { ...cnameValue(record, provider), notes: [] };
    return {
      purpose: record.purpose,
      type: record.type,
      action: record.action,
      ttl: record.ttl,
      fqdn: record.name,
      host,
      ...(alternative !== undefined ? { hostAlternative: alternative } : {}),
      ...value,
      ...(record.previous ? { previous: record.previous } : {}),
      notes: [...actionNotes(record), ...record.notes, ...value.notes],
    };
  });
  return { provider, rows, instructions: instructionsFor(provider, prepared.domain.unicode) };
}
