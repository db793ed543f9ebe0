import type { TFunction } from 'i18next';
import type { ChannelOutput } from '@shared/contract';
import type { MailjetDomainReport } from '@shared/contract/mailjet';
import type { ErrorPayload } from '@shared/errors';
import type { Settings } from '@shared/settings';
import type { StepId, WizardPath } from '@shared/wizard';
import type { Status } from '../../components/StatusBadge';
import type { OperationState } from '../../hooks/useOperation';
import { writingChanges } from '@shared/odoo/change-wording';
import { formatMoment } from './dates';

// The last step's checklist as plain data, so the screen and the saved report say the same thing.

interface ChecklistEntry {
  term: string;
  description: string;
}

interface ChecklistAction {
  label: string;
  run: () => void;
}

export interface ChecklistItem {
  id: string;
  title: string;
  status: Status;
  /** Absent while the item is being read. */
  sentence?: string;
  entries?: ChecklistEntry[];
  /** One sentence: what to do, for anything not in place. */
  next?: string;
  /** The read failed: the item shows the error's own sentence and next step, with a retry. */
  error?: ErrorPayload;
  retry?: () => void;
  loading?: boolean;
  actions?: ChecklistAction[];
}

export interface ChecklistInput {
  t: TFunction;
  language: string;
  path: WizardPath;
  completed: readonly StepId[];
  settings: Settings;
  demo: boolean;
  keychain: OperationState<ChannelOutput<'keychainStatus'>>;
  verify: OperationState<ChannelOutput<'mailjetVerify'>>;
  mailjet: OperationState<MailjetDomainReport>;
  plan: OperationState<ChannelOutput<'odooPlan'>>;
  records: OperationState<ChannelOutput<'dnsRecords'>>;
  goTo: (step: StepId) => void;
  readKeys: () => void;
  readMailjet: () => void;
  readPlan: () => void;
  readRecords: () => void;
  activateDemoSenders: () => void;
}

const reading = (id: string, title: string, retry: () => void): ChecklistItem => ({
  id,
  title,
  status: 'unknown',
  loading: true,
  retry,
});

function openStep(input: ChecklistInput, step: StepId): ChecklistAction {
  return {
    label: input.t('wizard.done.openStep', { step: input.t(`steps.${step}.title`) }),
    run: () => input.goTo(step),
  };
}

/** The domain the setup is about: the one given to Mailjet, else the one the DNS step prepared. */
export function setupDomain(settings: Settings): string | undefined {
  return settings.mailjet?.lastDomain ?? settings.dns?.domain;
}

function keysItem(input: ChecklistInput): ChecklistItem {
  const { t, keychain, verify } = input;
  const title = t('steps.mailjet-keys.title');
  if (keychain.running || verify.running) return reading('keys', title, input.readKeys);
  const status = keychain.result;
  const secret = status?.secrets.mailjet;
  // No keychain is a problem only when nothing was kept for this session either.
  const keychainProblem =
    status && !status.available && !secret?.saved ? { code: status.errorCode ?? 'keychain.unavailable' } : undefined;
  const error = keychain.error ?? keychainProblem ?? verify.error;
  if (error)
    return {
      id: 'keys',
      title,
      status: 'error',
      error,
      retry: input.readKeys,
      actions: [openStep(input, 'mailjet-keys')],
    };
  if (!secret?.saved) {
    return {
      id: 'keys',
      title,
      status: 'pending',
      sentence: t('wizard.done.keys.notSaved'),
      next: t('wizard.done.keys.notSavedNext'),
      actions: [openStep(input, 'mailjet-keys')],
    };
  }
  const endsWith = verify.result?.endsWith ?? secret.endsWith ?? '';
  if (secret.source !== 'session')
    return { id: 'keys', title, status: 'ok', sentence: t('wizard.done.keys.verified', { endsWith }) };
  // Kept in memory only: the report must say the key will be gone once the assistant closes.
  if (input.demo) return { id: 'keys', title, status: 'ok', sentence: t('wizard.done.keys.demoSession', { endsWith }) };
  return {
    id: 'keys',
    title,
    status: 'ok',
    sentence: t('wizard.done.keys.verifiedSession', { endsWith }),
    next: t('wizard.done.keys.sessionNext'),
  };
}

/** The Odoo password kept for this session only is named wherever the server's state is reported. */
function withSessionPasswordNote(input: ChecklistInput, item: ChecklistItem): ChecklistItem {
  const odoo = input.keychain.result?.secrets.odoo;
  if (input.demo || !odoo?.saved || odoo.source !== 'session' || item.loading) return item;
  const note = {
    term: input.t('wizard.done.server.passwordTerm'),
    description: input.t('wizard.done.server.passwordSession'),
  };
  return { ...item, entries: [...(item.entries ?? []), note] };
}

function automaticServerItem(input: ChecklistInput): ChecklistItem {
  const { t, plan, settings } = input;
  const title = t('wizard.done.server.title');
  const open = [openStep(input, 'odoo-server')];
  if (!settings.odoo?.url) {
    return {
      id: 'server',
      title,
      status: 'pending',
      sentence: t('wizard.done.server.notConnected'),
      next: t('wizard.done.server.notConnectedNext'),
      actions: [openStep(input, 'odoo-connection')],
    };
  }
  if (plan.running) return reading('server', title, input.readPlan);
  if (plan.error)
    return { id: 'server', title, status: 'error', error: plan.error, retry: input.readPlan, actions: open };
  const result = plan.result;
  if (!result) return reading('server', title, input.readPlan);
  const toApply = writingChanges(result.changes).length;
  if (result.serverId === undefined)
    return {
      id: 'server',
      title,
      status: 'pending',
      sentence: t('wizard.done.server.missing'),
      next: t('wizard.done.server.applyNext'),
      actions: open,
    };
  if (!result.upToDate) {
    return {
      id: 'server',
      title,
      status: 'warning',
      sentence: t('wizard.done.server.changes', { count: toApply }),
      next: t('wizard.done.server.applyNext'),
      actions: open,
    };
  }
  const testedAt = settings.odoo.serverId === result.serverId ? settings.odoo.testedAt : undefined;
  if (!testedAt) {
    return {
      id: 'server',
      title,
      status: 'warning',
      sentence: t('wizard.done.server.untested', { id: result.serverId }),
      next: t('wizard.done.server.untestedNext'),
      actions: open,
    };
  }
  return {
    id: 'server',
    title,
    status: 'ok',
    sentence: t('wizard.done.server.tested', { id: result.serverId, date: formatMoment(testedAt, input.language) }),
  };
}

function manualServerItem(input: ChecklistInput): ChecklistItem {
  const { t } = input;
  const title = t('wizard.done.server.title');
  if (input.completed.includes('odoo-server'))
    return { id: 'server', title, status: 'ok', sentence: t('wizard.done.server.manual') };
  return {
    id: 'server',
    title,
    status: 'pending',
    sentence: t('wizard.done.server.manualPending'),
    next: t('wizard.done.server.manualNext'),
    actions: [openStep(input, 'odoo-server')],
  };
}

function sendersItem(input: ChecklistInput): ChecklistItem {
  const { t, mailjet, settings } = input;
  const title = t('wizard.done.senders.title');
  const open = [openStep(input, 'senders')];
  if (!settings.mailjet?.lastDomain)
    return {
      id: 'senders',
      title,
      status: 'pending',
      sentence: t('wizard.done.senders.none'),
      next: t('wizard.done.senders.noneNext'),
      actions: open,
    };
  if (mailjet.running) return reading('senders', title, input.readMailjet);
  if (mailjet.error)
    return { id: 'senders', title, status: 'error', error: mailjet.error, retry: input.readMailjet, actions: open };
  const report = mailjet.result;
  if (!report) return reading('senders', title, input.readMailjet);
  const waiting = report.senders.filter((sender) => sender.waitingFor !== 'none');
  if (!waiting.length)
    return {
      id: 'senders',
      title,
      status: 'ok',
      sentence: t('wizard.done.senders.active', { count: report.senders.length, domain: report.domain }),
    };
  const reasons = new Set(waiting.map((sender) => sender.waitingFor));
  const next = reasons.has('activation-email')
    ? t('wizard.done.senders.nextActivation')
    : reasons.has('dns-record') || reasons.has('domain')
      ? t('wizard.done.senders.nextDns')
      : t('wizard.done.senders.nextSetup');
  const actions =
    reasons.has('activation-email') && input.demo
      ? [{ label: t('wizard.done.senders.demoInbox'), run: input.activateDemoSenders }]
      : open;
  return {
    id: 'senders',
    title,
    status: 'pending',
    sentence: t('wizard.done.senders.waiting', { count: waiting.length, domain: report.domain }),
    entries: waiting.map((sender) => ({
      term: sender.email,
      description: t(`mailjet.waitingFor.${sender.waitingFor}`),
    })),
    next,
    actions,
  };
}

function lastCheckFor(settings: Settings, domain: string | undefined) {
  const check = settings.dns?.lastCheck;
  return check && domain && check.domain.toLowerCase() === domain.toLowerCase() ? check : undefined;
}

function dnsItem(input: ChecklistInput, domain: string | undefined): ChecklistItem {
  const { t, settings } = input;
  const title = t('wizard.done.dns.title');
  const checkAgain = { label: t('wizard.done.dns.checkAgain'), run: () => input.goTo('dns') };
  if (!domain)
    return {
      id: 'dns',
      title,
      status: 'pending',
      sentence: t('wizard.done.dns.noDomain'),
      next: t('wizard.done.dns.noDomainNext'),
      actions: [openStep(input, 'dns')],
    };
  const check = lastCheckFor(settings, domain);
  if (!check)
    return {
      id: 'dns',
      title,
      status: 'pending',
      sentence: t('wizard.done.dns.never', { domain }),
      next: t('wizard.done.dns.neverNext'),
      actions: [checkAgain],
    };
  const date = formatMoment(check.at, input.language);
  if (check.ok)
    return {
      id: 'dns',
      title,
      status: 'ok',
      sentence: t('wizard.done.dns.ok', { domain, date }),
      actions: [checkAgain],
    };
  return {
    id: 'dns',
    title,
    status: 'error',
    sentence: t('wizard.done.dns.failing', { count: check.failing.length, domain, date }),
    entries: check.failing.map((purpose) => ({
      term: t(`dns.purposes.${purpose}.title`),
      description: t(`dns.purposes.${purpose}.why`),
    })),
    next: t('wizard.done.dns.failingNext', { count: check.failing.length }),
    actions: [checkAgain],
  };
}

function propagationItem(input: ChecklistInput, domain: string | undefined): ChecklistItem {
  const { t, mailjet, settings } = input;
  const title = t('wizard.done.propagation.title');
  const report = input.path === 'dns-only' ? undefined : mailjet.result;
  if (input.path !== 'dns-only' && mailjet.running) return reading('propagation', title, input.readMailjet);
  if (report) {
    if (report.spf.status === 'ok' && report.dkim.status === 'ok')
      return {
        id: 'propagation',
        title,
        status: 'ok',
        sentence: t('wizard.done.propagation.seenByMailjet', { domain: report.domain }),
      };
    return {
      id: 'propagation',
      title,
      status: 'pending',
      sentence: t('wizard.done.propagation.notSeenByMailjet', { domain: report.domain }),
      entries: [
        { term: 'SPF', description: t(`mailjet.checks.${report.spf.status}`) },
        { term: 'DKIM', description: t(`mailjet.checks.${report.dkim.status}`) },
      ],
      next: t('wizard.done.propagation.next'),
    };
  }
  const check = lastCheckFor(settings, domain);
  if (check?.ok) return { id: 'propagation', title, status: 'ok', sentence: t('wizard.done.propagation.nameservers') };
  const sentence = check ? t('wizard.done.propagation.waiting') : t('wizard.done.propagation.unchecked');
  return { id: 'propagation', title, status: 'pending', sentence, next: t('wizard.done.propagation.next') };
}

function recordsItems(input: ChecklistInput, domain: string | undefined): ChecklistItem[] {
  const { t, records } = input;
  const title = t('wizard.done.records.title');
  if (!domain)
    return [
      {
        id: 'records',
        title,
        status: 'pending',
        sentence: t('wizard.done.dns.noDomain'),
        next: t('wizard.done.dns.noDomainNext'),
        actions: [openStep(input, 'dns')],
      },
    ];
  if (records.running) return [reading('records', title, input.readRecords)];
  if (records.error)
    return [
      {
        id: 'records',
        title,
        status: 'error',
        error: records.error,
        retry: input.readRecords,
        actions: [openStep(input, 'dns')],
      },
    ];
  const prepared = records.result;
  if (!prepared) return [reading('records', title, input.readRecords)];
  const toChange = prepared.records.filter((record) => record.action !== 'keep');
  const items: ChecklistItem[] = [
    {
      id: 'records',
      title,
      status: 'ok',
      sentence: t('wizard.done.records.prepared', { count: toChange.length, domain: prepared.domain.unicode }),
      entries: toChange.map((record) => ({
        term: t(`dns.purposes.${record.purpose}.title`),
        description: `${record.type} ${record.name}`,
      })),
    },
  ];
  const published = input.settings.dns?.published;
  if (published && published.zone === prepared.domain.ascii) {
    // Written by the assistant through the provider's API: each change with what was there before, to undo by hand.
    items.push({
      id: 'records-published',
      title: t('wizard.done.records.publishedTitle'),
      status: 'ok',
      sentence: t('wizard.done.records.published', {
        count: published.changes.length,
        provider: published.provider === 'cloudflare' ? 'Cloudflare' : 'OVHcloud',
        date: formatMoment(published.at, input.language),
      }),
      entries: published.changes.map((change) => ({
        term: t(`dns.publish.${change.action}`, {
          type: change.type,
          name: change.name,
          purpose: t(`dns.purposes.${change.purpose}.title`),
        }),
        description: `${change.previous !== undefined ? `${t('dns.publish.was')} ${change.previous} — ` : ''}${t('dns.publish.now')} ${change.value}`,
      })),
    });
  }
  if (prepared.pending.length) {
    items.push({
      id: 'records-from-mailjet',
      title: t('wizard.done.records.fromMailjetTitle'),
      status: 'pending',
      sentence: t('wizard.done.records.fromMailjet', { count: prepared.pending.length }),
      entries: prepared.pending.map((purpose) => ({
        term: t(`dns.purposes.${purpose}.title`),
        description: t(`dns.pending.${purpose}`),
      })),
      next: t('wizard.done.records.fromMailjetNext'),
      actions: [openStep(input, 'dns')],
    });
  }
  return items;
}

export function buildChecklist(input: ChecklistInput): ChecklistItem[] {
  const domain = input.path === 'dns-only' ? input.settings.dns?.domain : setupDomain(input.settings);
  if (input.path === 'dns-only')
    return [...recordsItems(input, domain), dnsItem(input, domain), propagationItem(input, domain)];
  return [
    keysItem(input),
    input.path === 'automatic' ? withSessionPasswordNote(input, automaticServerItem(input)) : manualServerItem(input),
    sendersItem(input),
    dnsItem(input, domain),
    propagationItem(input, domain),
  ];
}
