import type { TFunction } from 'i18next';
import type { DnsExportFormat } from '../export-formats';
import type { ProviderForm } from '../provider-form';
import type { PreparedRecords } from '../records';
import { recordsCsv } from './csv';
import { handoffSheet } from './handoff';
import { recordsJson } from './json';
import { recordsText } from './text';
import { zoneFragment } from './zone';

// The one table of DNS exports: for each format its file name, media type and how it is written. The
// `dnsExport` channel returns the file; `mailjet-odoo dns records --format` prints the same content.

export interface DnsExportInput {
  t: TFunction;
  prepared: PreparedRecords;
  /** The records in the chosen provider's form (the text export and the hand-off sheet follow it). */
  form: ProviderForm;
  /** The date printed on the hand-off sheet, YYYY-MM-DD. */
  generatedAt: string;
}

interface DnsExportKind {
  extension: string;
  mimeType: string;
  render(input: DnsExportInput): string;
}

const DNS_EXPORTS: Record<DnsExportFormat, DnsExportKind> = {
  text: { extension: 'txt', mimeType: 'text/plain', render: ({ t, prepared, form }) => recordsText(t, prepared, form) },
  zone: {
    extension: 'zone',
    mimeType: 'text/dns',
    render: ({ t, prepared }) =>
      zoneFragment(prepared.records, { comment: t('dns.zone.comment', { domain: prepared.domain.ascii }) }),
  },
  csv: { extension: 'csv', mimeType: 'text/csv', render: ({ prepared }) => recordsCsv(prepared.records) },
  json: {
    extension: 'json',
    mimeType: 'application/json',
    render: ({ prepared }) => `${JSON.stringify(recordsJson(prepared.records), null, 2)}\n`,
  },
  html: {
    extension: 'html',
    mimeType: 'text/html',
    render: ({ t, prepared, form, generatedAt }) => handoffSheet(t, prepared, form, { generatedAt }),
  },
};

export interface DnsExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

export function dnsExportFile(format: DnsExportFormat, input: DnsExportInput): DnsExportFile {
  const kind = DNS_EXPORTS[format];
  return {
    fileName: `dns-${input.prepared.domain.ascii}.${kind.extension}`,
    mimeType: kind.mimeType,
    content: kind.render(input),
  };
}
