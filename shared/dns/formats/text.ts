import type { TFunction } from 'i18next';
import type { Notice } from '../notice';
import type { FormRow, ProviderForm } from '../provider-form';
import type { PreparedRecords } from '../records';

// The records as plain text in the user's language: what the CLI prints and what "copy all" puts on
// the clipboard. Host and value each sit alone on their line so they can be selected and copied.

export const noticeText = (t: TFunction, notice: Notice, prefix = 'dns.notices') =>
  t(`${prefix}.${notice.code}`, { ...notice.params });

export function providerLabel(t: TFunction, form: ProviderForm): string {
  return form.provider.name || t('dns.genericProvider');
}

function rowLines(t: TFunction, row: FormRow, index: number): string[] {
  const field = (key: string, value: string) => `   ${t(`dns.fields.${key}`).padEnd(14)} ${value}`;
  const lines = [
    `${index + 1}. ${t(`dns.purposes.${row.purpose}.title`)} (${row.type}) — ${t(`dns.actions.${row.action}`)}`,
    field('host', row.host === '' ? t('dns.fields.emptyHost') : row.host),
  ];
  if (row.hostAlternative !== undefined) lines.push(field('hostAlternative', row.hostAlternative));
  lines.push(field('value', row.value));
  if (row.valueParts) {
    lines.push(`   ${t('dns.fields.valueParts')}`);
    for (const part of row.valueParts) lines.push(`   ${''.padEnd(14)} ${part}`);
  }
  if (row.valueAlternative) lines.push(field('valueAlternative', row.valueAlternative));
  if (row.previous) lines.push(field('previous', row.previous));
  lines.push(field('why', t(`dns.purposes.${row.purpose}.why`)));
  for (const note of row.notes) lines.push(`   • ${noticeText(t, note)}`);
  return lines;
}

export function recordsText(t: TFunction, prepared: PreparedRecords, form: ProviderForm): string {
  const lines = [
    t('dns.text.title', { domain: prepared.domain.unicode }),
    t('dns.text.form', { provider: providerLabel(t, form) }),
    '',
  ];
  for (const instruction of form.instructions) lines.push(`• ${noticeText(t, instruction, 'dns.form')}`);
  for (const notice of prepared.notices) lines.push(`• ${noticeText(t, notice)}`);
  lines.push('');
  form.rows.forEach((row, i) => lines.push(...rowLines(t, row, i), ''));
  for (const purpose of prepared.pending) lines.push(`… ${t(`dns.pending.${purpose}`)}`);
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
