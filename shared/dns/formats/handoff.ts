import type { TFunction } from 'i18next';
import type { FormRow, ProviderForm } from '../provider-form';
import type { PreparedRecords } from '../records';
import { noticeText, providerLabel } from './text';
import { zoneFragment } from './zone';

// One printable page for whoever manages the domain's DNS (often an outside supplier): the records in
// their panel's form, the zone-file lines for those who import, and how to tell the work is done.
// Plain HTML with its own styles, no scripts and no external resources, so it can be mailed or printed.

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
@page { size: A4; margin: 14mm; }
body { font: 10.5pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; max-width: 190mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 12pt; margin: 14pt 0 4pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #999; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { background: #eee; } col.purpose { width: 24%; } col.type { width: 8%; } col.host { width: 26%; }
code, pre { font: 9pt/1.35 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; overflow-wrap: anywhere; word-break: break-all; }
pre { white-space: pre-wrap; background: #f6f6f6; padding: 5pt; border: 1px solid #ccc; }
.note { color: #444; font-size: 9pt; margin: 2pt 0 0; } .muted { color: #555; }
tr { break-inside: avoid; }
`;

function cell(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}

function rowHtml(t: TFunction, row: FormRow): string {
  const extra = (label: string, value: string) =>
    `<p class="note">${escapeHtml(t(`dns.fields.${label}`))} ${cell(value)}</p>`;
  const host = row.host === '' ? `<span class="muted">${escapeHtml(t('dns.fields.emptyHost'))}</span>` : cell(row.host);
  const valueParts = row.valueParts ? row.valueParts.map((part) => cell(part)).join('<br>') : '';
  return [
    '<tr>',
    `<td><strong>${escapeHtml(t(`dns.purposes.${row.purpose}.title`))}</strong><p class="note">${escapeHtml(t(`dns.actions.${row.action}`))}</p></td>`,
    `<td>${row.type}</td>`,
    `<td>${host}${row.hostAlternative !== undefined ? extra('hostAlternative', row.hostAlternative) : ''}</td>`,
    `<td>${cell(row.value)}`,
    valueParts ? `<p class="note">${escapeHtml(t('dns.fields.valueParts'))}</p>${valueParts}` : '',
    row.valueAlternative ? extra('valueAlternative', row.valueAlternative) : '',
    row.previous ? extra('previous', row.previous) : '',
    ...row.notes.map((note) => `<p class="note">${escapeHtml(noticeText(t, note))}</p>`),
    '</td>',
    '</tr>',
  ].join('');
}

function verifyCommand(row: FormRow): string {
  return `nslookup -type=${row.type} ${row.fqdn}`;
}

export interface HandoffOptions {
  /** When the sheet was made, already formatted for the reader; left out, the sheet carries no date. */
  generatedAt?: string;
}

export function handoffSheet(
  t: TFunction,
  prepared: PreparedRecords,
  form: ProviderForm,
  options: HandoffOptions = {},
): string {
  const domain = prepared.domain.unicode;
  const provider = providerLabel(t, form);
  const toChange = form.rows.filter((row) => row.action !== 'keep');
  const body = [
    `<h1>${escapeHtml(t('dns.handoff.title', { domain }))}</h1>`,
    `<p>${escapeHtml(t('dns.handoff.intro', { domain, provider }))}</p>`,
    `<h2>${escapeHtml(t('dns.handoff.formTitle', { provider }))}</h2>`,
    `<ul>${form.instructions.map((item) => `<li>${escapeHtml(noticeText(t, item, 'dns.form'))}</li>`).join('')}</ul>`,
    `<h2>${escapeHtml(t('dns.handoff.recordsTitle', { count: toChange.length }))}</h2>`,
    '<table><colgroup><col class="purpose"><col class="type"><col class="host"><col></colgroup>',
    `<thead><tr><th>${escapeHtml(t('dns.fields.purpose'))}</th><th>${escapeHtml(t('dns.fields.type'))}</th><th>${escapeHtml(t('dns.fields.host'))}</th><th>${escapeHtml(t('dns.fields.value'))}</th></tr></thead>`,
    `<tbody>${form.rows.map((row) => rowHtml(t, row)).join('')}</tbody></table>`,
    ...prepared.pending.map((purpose) => `<p class="note">${escapeHtml(t(`dns.pending.${purpose}`))}</p>`),
    `<h2>${escapeHtml(t('dns.handoff.zoneTitle'))}</h2>`,
    `<p>${escapeHtml(t('dns.handoff.zoneIntro'))}</p>`,
    `<pre>${escapeHtml(zoneFragment(prepared.records))}</pre>`,
    `<h2>${escapeHtml(t('dns.handoff.verifyTitle'))}</h2>`,
    `<p>${escapeHtml(t('dns.handoff.verifyIntro'))}</p>`,
    `<pre>${escapeHtml(form.rows.map(verifyCommand).join('\n'))}</pre>`,
    `<p>${escapeHtml(t('dns.handoff.verifyAssistant', { domain: prepared.domain.ascii }))}</p>`,
    options.generatedAt
      ? `<p class="note">${escapeHtml(t('dns.handoff.generatedAt', { date: options.generatedAt }))}</p>`
      : '',
  ].join('\n');
  const lang = t('dns.handoff.lang');
  return `<!doctype html>\n<html lang="${escapeHtml(lang)}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(t('dns.handoff.title', { domain }))}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}
