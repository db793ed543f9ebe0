// The names of the DNS export formats, apart from the table that renders them
// (shared/dns/formats/export.ts), so the contract and the wizard's buttons can name them without
// loading every renderer.

export const DNS_EXPORT_FORMATS = ['text', 'zone', 'csv', 'json', 'html'] as const;
export type DnsExportFormat = (typeof DNS_EXPORT_FORMATS)[number];

/** The files the wizard offers as buttons (the DNS step and Done): the zone, the spreadsheet and the sheet to hand over. */
export const WIZARD_DNS_EXPORT_FORMATS: readonly DnsExportFormat[] = ['zone', 'csv', 'html'];

export function isDnsExportFormat(value: string): value is DnsExportFormat {
  return (DNS_EXPORT_FORMATS as readonly string[]).includes(value);
}
