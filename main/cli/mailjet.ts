import type { TFunction } from 'i18next';
import { ACTIVATION_EMAIL_CHOICES, type MailjetDomainReport } from '@shared/contract/mailjet';
import { AppError } from '@shared/errors';
import { MAILJET_EMAIL_TYPES, MAILJET_REGIONS } from '@shared/settings/mailjet';
import { callChannel } from './call-channel';
import { MAILJET } from './commands';
import { EXIT, type CliCommand, type CliContext } from './framework';
import { readSecret } from './read-secret';
import { neutralise, shortInput } from './terminal-text';

// `mailjet-odoo mailjet keys|verify|setup|status`. Each goes through the same dispatch as the wizard,
// so inputs are parsed and results whitelisted by the contract; this file only phrases and prints.

type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

function choice<T extends string>(values: Values, option: string, allowed: readonly T[]): T | undefined {
  const value = values[option];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new AppError('cli.invalid-option', {
      option,
      value: shortInput(String(value)),
      allowed: allowed.join(' | '),
    });
  }
  return value as T;
}

const text = (values: Values, option: string) =>
  typeof values[option] === 'string' ? (values[option] as string) : undefined;

const bare = (name: string) => name.replace(/\.$/, '');

function nextStep(t: TFunction, report: MailjetDomainReport): string {
  const key = 'cli.commands.mailjet.report.next';
  if (report.complete) return t(`${key}.complete`);
  if (!report.domainValidated) return t(`${key}.publish`, { domain: report.domain });
  if (report.senders.some((s) => s.waitingFor === 'setup')) return t(`${key}.rerun`, { domain: report.domain });
  if (report.senders.some((s) => s.waitingFor === 'activation-email')) return t(`${key}.activation`);
  return t(`${key}.authentication`, { domain: report.domain });
}

function formatReport(t: TFunction, report: MailjetDomainReport): string {
  const r = 'cli.commands.mailjet.report';
  const width = Math.max(...report.senders.map((s) => s.email.length)) + 2;
  const lines = [
    t(`${r}.header`, { domain: report.domain, emailType: t(`mailjet.emailTypes.${report.emailType}`) }),
    '',
    t(`${r}.senders`),
  ];
  for (const sender of report.senders) {
    const action = sender.action && sender.action !== 'none' ? `  (${t(`mailjet.actions.${sender.action}`)})` : '';
    const state =
      sender.status === 'covered' ? t('mailjet.status.covered') : t(`mailjet.waitingFor.${sender.waitingFor}`);
    lines.push(`  ${neutralise(sender.email).padEnd(width)}${state}${action}`);
  }
  // Creating an address is what makes Mailjet e-mail it (once): say who got one in this run.
  const emailed = report.senders
    .filter((s) => s.role !== 'domain' && s.action === 'created' && s.status !== 'active')
    .map((s) => s.email);
  if (emailed.length) lines.push('', t(`${r}.emailed`, { count: emailed.length, addresses: emailed.join(', ') }));
  const domainSender = report.senders.find((s) => s.role === 'domain');
  if (domainSender?.validationError)
    lines.push(`  ${t(`${r}.mailjetSays`, { message: domainSender.validationError })}`);
  const { dns } = report;
  const record = (label: string, name: string | undefined, value: string | undefined) =>
    name && value
      ? [
          `  ${t(`mailjet.records.${label}`)}`,
          `    ${t(`${r}.name`)}: ${neutralise(bare(name))}`,
          `    ${t(`${r}.value`)}: ${neutralise(value)}`,
        ]
      : [];
  const records = [
    ...record('ownership', dns.ownershipName, dns.ownershipValue),
    ...record('dkim', dns.dkimName, dns.dkimValue),
    ...record('spf', report.domain, dns.spfValue),
  ];
  if (records.length) lines.push('', t(`${r}.records`), ...records, `    ${t('mailjet.records.spfMerge')}`);
  const check = (c: MailjetDomainReport['spf']) =>
    `${t(`mailjet.checks.${c.status}`)}${c.errors.length ? ` (${c.errors.join('; ')})` : ''}`;
  lines.push(
    '',
    t(`${r}.checks`, { spf: check(report.spf), dkim: check(report.dkim) }),
    '',
    t(`${r}.nextTitle`, { next: nextStep(t, report) }),
  );
  return lines.join('\n');
}

const keys: CliCommand = {
  ...MAILJET.keys,
  async run(context, values) {
    const region = choice(values, 'region', MAILJET_REGIONS);
    // 32 hex digits: spaces around them can only be a copy slip (Odoo passwords, in login.ts, are kept as typed).
    const secretKey = (await readSecret(context.io, context.t('cli.commands.mailjet.keys.prompt'))).trim();
    if (!secretKey) throw new AppError('cli.secret-stdin', { service: 'mailjet' });
    const saved = await callChannel(context, 'mailjetSaveKeys', {
      apiKey: text(values, 'api-key'),
      secretKey,
      ...(region ? { region } : {}),
    });
    if (context.json) context.printJson({ ok: true, ...saved });
    else {
      context.print(
        context.t('cli.commands.mailjet.keys.saved', { host: saved.host, endsWith: saved.endsWith ?? '····' }),
      );
      context.print(context.t('cli.commands.mailjet.senderCount', { count: saved.senderCount }));
    }
    return EXIT.done;
  },
};

const verify: CliCommand = {
  ...MAILJET.verify,
  async run(context) {
    const account = await callChannel(context, 'mailjetVerify', {});
    if (context.json) context.printJson({ ok: true, ...account });
    else {
      context.print(context.t('cli.commands.mailjet.verify.ok', { host: account.host, apiKey: account.apiKey }));
      context.print(context.t('cli.commands.mailjet.senderCount', { count: account.senderCount }));
    }
    return EXIT.done;
  },
};

function printReport(context: CliContext, report: MailjetDomainReport): number {
  if (context.json) context.printJson({ ok: true, ...report });
  else context.print(formatReport(context.t, report));
  // Something still to do on the Mailjet side (records to publish, an e-mail to click) is exit 1.
  return report.complete ? EXIT.done : EXIT.checkFailed;
}

const setup: CliCommand = {
  ...MAILJET.setup,
  async run(context, values) {
    const emailType = choice(values, 'type', MAILJET_EMAIL_TYPES);
    const activationEmails = choice(values, 'activation-emails', ACTIVATION_EMAIL_CHOICES);
    const addresses = Object.fromEntries(
      (['notifications', 'bounce', 'catchall'] as const)
        .filter((role) => text(values, role))
        .map((role) => [role, text(values, role)]),
    );
    const report = await callChannel(context, 'mailjetSetup', {
      domain: text(values, 'domain'),
      ...(Object.keys(addresses).length ? { addresses } : {}),
      ...(emailType ? { emailType } : {}),
      ...(activationEmails ? { activationEmails } : {}),
    });
    return printReport(context, report);
  },
};

const status: CliCommand = {
  ...MAILJET.status,
  async run(context, values) {
    const domain = text(values, 'domain');
    const report = await callChannel(context, 'mailjetStatus', {
      ...(domain ? { domain } : {}),
      ...(values.check === true ? { check: true } : {}),
    });
    return printReport(context, report);
  },
};

export const mailjetCommands: CliCommand[] = [keys, verify, setup, status];
