import type { TFunction } from 'i18next';
import { describeError } from '@shared/i18n';
import type { Settings } from '@shared/settings';
import type { WizardPath } from '@shared/wizard';
import type { ChecklistItem } from './checklist';
import { fileDay, formatMoment } from './dates';

// The checklist as a page to keep or forward: a self-contained HTML file in the user's language, with
// the same sentences as the screen. It is built only from the checklist and the non-secret settings,
// so no key or password can end up in it.

export interface ReportInput {
  t: TFunction;
  language: string;
  path: WizardPath;
  settings: Settings;
  domain: string | undefined;
  items: readonly ChecklistItem[];
  now: Date;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

function itemHtml(t: TFunction, item: ChecklistItem): string {
  const explained = item.error ? describeError(t, item.error) : undefined;
  const sentence = explained?.message ?? item.sentence ?? '';
  const next = explained?.next ?? item.next;
  const entries = item.entries?.length
    ? `<ul>${item.entries.map((entry) => `<li><strong>${escapeHtml(entry.term)}</strong>: ${escapeHtml(entry.description)}</li>`).join('')}</ul>`
    : '';
  return [
    `<li class="is-${item.status}">`,
    `<h3>${escapeHtml(item.title)} <span class="badge">${escapeHtml(t(`status.${item.status}`))}</span></h3>`,
    `<p>${escapeHtml(sentence)}</p>`,
    entries,
    next ? `<p class="next">${escapeHtml(next)}</p>` : '',
    '</li>',
  ].join('');
}

function section(title: string, items: readonly ChecklistItem[], empty: string, t: TFunction): string {
  const body = items.length
    ? `<ul class="items">${items.map((item) => itemHtml(t, item)).join('')}</ul>`
    : `<p>${escapeHtml(empty)}</p>`;
  return `<h2>${escapeHtml(title)}</h2>${body}`;
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;color:#1d2430;max-width:760px;margin:32px auto;padding:0 20px}
h1{font-size:24px;margin:0 0 8px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d9dee6;padding-bottom:4px}
h3{font-size:16px;margin:0 0 4px}.items{list-style:none;padding:0;display:grid;gap:12px}
.items>li{border:1px solid #d9dee6;border-radius:8px;padding:10px 14px;overflow-wrap:anywhere}
.items p{margin:4px 0}.next{color:#174a96}.badge{font-size:13px;font-weight:600;padding:1px 8px;border-radius:999px;background:#f6f7f9;color:#4a5565}
.is-ok .badge{background:#e3f3e8;color:#1d6b3a}.is-error .badge{background:#fdecec;color:#8a1c1c}
.facts{color:#4a5565;margin:0 0 4px}.footer{margin-top:28px;color:#4a5565;font-size:13px}`;

export function buildReport(input: ReportInput): { fileName: string; html: string } {
  const { t, settings, items } = input;
  const inPlace = items.filter((item) => item.status === 'ok');
  const pending = items.filter((item) => item.status !== 'ok');
  const facts = [
    input.domain ? t('wizard.done.report.domain', { domain: input.domain }) : undefined,
    settings.odoo?.url && settings.odoo.db && input.path === 'automatic'
      ? t('wizard.done.report.database', { db: settings.odoo.db, url: settings.odoo.url })
      : undefined,
    t('wizard.done.report.path', { path: t(`welcome.paths.${input.path}.title`) }),
    t('wizard.done.report.generated', { date: formatMoment(input.now.toISOString(), input.language) }),
  ].filter((fact): fact is string => !!fact);
  const title = t('wizard.done.report.title');
  const html = `<!doctype html>
<html lang="${escapeHtml(input.language)}">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
${facts.map((fact) => `<p class="facts">${escapeHtml(fact)}</p>`).join('\n')}
${section(t('wizard.done.inPlaceTitle'), inPlace, t('wizard.done.report.nothingInPlace'), t)}
${section(t('wizard.done.pendingTitle'), pending, t('wizard.done.report.nothingPending'), t)}
<p class="footer">${escapeHtml(t('wizard.done.report.noSecrets'))}</p>
</body>
</html>
`;
  const slug = (input.domain ?? 'setup').replace(/[^a-z0-9.-]+/gi, '-');
  return { fileName: `mailjet-odoo-${slug}-${fileDay(input.now)}.html`, html };
}
