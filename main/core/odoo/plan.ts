import type { ChannelOutput } from '@shared/contract';
import type { OdooChange } from '@shared/contract/odoo';
import {
  encryptionForPort,
  filterCoversDomain,
  isMailjetHost,
  MAILJET_SMTP_HOST,
  type MailjetPort,
  type Purpose,
} from '@shared/odoo/mailjet-smtp';
import { AppError } from '@shared/errors';
import { PARAM_DEDICATED_SERVER, PARAM_MASS_MAILING_SERVER, type MailServerRecord, type OdooState } from './state';

// Decides, from what Odoo holds now, the smallest set of writes that leaves exactly one Mailjet server
// configured as the documentation asks (with its corrections). Pure: the same state and wishes always
// give the same plan, and a state that already matches gives none, which is what makes re-runs safe.

export interface SetupWishes {
  port: MailjetPort;
  purpose: Purpose;
  domain: string;
  apiKey: string;
  /** The Mailjet secret key; null in a dry run without it (the password is then shown as "will be set"). */
  secret: string | null;
  keepOdooForTransactional: boolean;
  test: boolean;
}

/** A warning of the plan, as `odooPlan` and `odooSetup` answer it. */
export type Warning = ChannelOutput<'odooPlan'>['warnings'][number];

type Values = Record<string, string | number | boolean>;

export interface ServerWrite {
  /** The record to update, or none to create one. */
  existing?: MailServerRecord;
  /** Fields to send (all of them for a create), `active` excluded: activation is its own step. */
  values: Values;
  /** Whether the record must end up active (created inactive until the test passes). */
  activate: boolean;
}

export interface SetupPlan {
  mailjet: ServerWrite;
  fallback?: ServerWrite;
  archive: MailServerRecord[];
  parameters: Array<{ key: string; from?: string; to: string }>;
  test: boolean;
  warnings: Warning[];
  /** What the user is shown, in the order it happens. */
  changes: OdooChange[];
}

export const MAILJET_SERVER_NAME = 'Mailjet';
const FALLBACK_SERVER_NAME = 'Odoo (transactional mail)';
const DEFAULT_SEQUENCE = 10;
const SECRET_FIELD = 'smtp_pass';
/** Stands for the id of a Mailjet server that this run creates. */
export const NEW_SERVER_ID = 'new-mailjet-server';

const isPersonal = (server: MailServerRecord) => Array.isArray(server.owner_user_id);

export function isOurMailjetServer(server: MailServerRecord, apiKey: string | undefined): boolean {
  return !!apiKey && isMailjetHost(server.smtp_host) && server.smtp_user === apiKey && !isPersonal(server);
}

export function isFallbackServer(server: MailServerRecord, domain: string): boolean {
  return server.smtp_authentication === 'cli' && filterCoversDomain(server.from_filter, domain) && !isPersonal(server);
}

/**
 * Among several records of ours, keep the one Email Marketing points at, else an active one that a
 * template or mailing uses (Odoo would refuse to archive it anyway), else an active one, else the oldest.
 */
function primaryOf(
  candidates: MailServerRecord[],
  params: Record<string, string>,
  usages: Map<number, string[]>,
): MailServerRecord | undefined {
  const dedicated = Number(params[PARAM_MASS_MAILING_SERVER]);
  return (
    candidates.find((server) => server.id === dedicated) ??
    candidates.find((server) => server.active && usages.has(server.id)) ??
    candidates.filter((server) => server.active).sort((a, b) => a.id - b.id)[0] ??
    [...candidates].sort((a, b) => a.id - b.id)[0]
  );
}

function differs(current: unknown, wanted: unknown): boolean {
  const normal = (value: unknown) =>
    value === false || value === null || value === undefined ? '' : typeof value === 'string' ? value.trim() : value;
  return normal(current) !== normal(wanted);
}

function fieldChanges(existing: MailServerRecord | undefined, values: Values, secretChanges: boolean) {
  const changes: Array<{
    field: string;
    from?: string | number | boolean;
    to?: string | number | boolean;
    secret?: 'mailjet';
  }> = [];
  for (const [field, to] of Object.entries(values)) {
    if (field === SECRET_FIELD) {
      if (secretChanges) changes.push({ field, secret: 'mailjet' });
      continue;
    }
    const from = existing ? (existing as unknown as Record<string, unknown>)[field] : undefined;
    changes.push({
      field,
      ...(existing && typeof from !== 'object' && from !== undefined
        ? { from: from as string | number | boolean }
        : {}),
      to,
    });
  }
  return changes;
}

function mailjetSequence(
  wishes: SetupWishes,
  existing: MailServerRecord | undefined,
  others: MailServerRecord[],
  fallbackSequence: number | undefined,
  major: number,
): number {
  const current = existing?.sequence;
  if (wishes.purpose === 'mass-mailing') {
    // "Higher priority than transactional servers" in the documentation: Odoo picks the SMALLER number
    // first, so the mass-mailing server needs a LARGER one than every other active server.
    const bound = Math.max(
      ...others.map((server) => server.sequence),
      ...(fallbackSequence === undefined ? [] : [fallbackSequence]),
    );
    if (!Number.isFinite(bound)) return current ?? DEFAULT_SEQUENCE;
    return current !== undefined && current > bound ? current : Math.max(bound + 1, existing ? 0 : DEFAULT_SEQUENCE);
  }
  // Everything through Mailjet: only servers whose From filter also covers the domain compete.
  const competitors = others.filter((server) => filterCoversDomain(server.from_filter, wishes.domain, major));
  const bound = Math.min(...competitors.map((server) => server.sequence));
  if (!Number.isFinite(bound)) return current ?? DEFAULT_SEQUENCE;
  return current !== undefined && current < bound ? current : bound - 1;
}

export function planSetup(state: OdooState, wishes: SetupWishes, major: number): SetupPlan {
  const encryption = encryptionForPort(wishes.port, state.encryptionChoices);
  if (!encryption) throw new AppError('odoo.encryption-unavailable', { port: wishes.port });
  const canUseCli = state.authenticationChoices.includes('cli');
  if (wishes.keepOdooForTransactional && wishes.purpose === 'mass-mailing' && !canUseCli)
    throw new AppError('odoo.fallback-unavailable');

  const ours = state.servers.filter((server) => isOurMailjetServer(server, wishes.apiKey));
  const usages = state.serverUsages ?? new Map<number, string[]>();
  const primary = primaryOf(ours, state.params, usages);
  const fallbackRecords = state.servers.filter((server) => isFallbackServer(server, wishes.domain));
  const fallbackRecord = fallbackRecords.find((server) => server.active) ?? fallbackRecords[0];
  const others = state.servers.filter(
    (server) => server.active && !ours.includes(server) && !fallbackRecords.includes(server) && !isPersonal(server),
  );
  const warnings: Warning[] = [];

  // --- the Odoo fallback ("Command Line Interface") server, mass mailing only ---
  const wantFallback = wishes.purpose === 'mass-mailing' && wishes.keepOdooForTransactional;
  let fallback: ServerWrite | undefined;
  let fallbackSequence: number | undefined;
  if (wantFallback) {
    fallbackSequence =
      fallbackRecord?.sequence ??
      (others.length ? Math.max(...others.map((server) => server.sequence)) + 1 : DEFAULT_SEQUENCE);
  }

  // --- the Mailjet server ---
  const sequence = mailjetSequence(wishes, primary, others, fallbackSequence, major);
  if (wantFallback && fallbackSequence !== undefined && fallbackSequence >= sequence) fallbackSequence = sequence - 1;
  const keepFilter = primary && filterCoversDomain(primary.from_filter, wishes.domain, major);
  const desired: Values = {
    ...(primary ? {} : { name: MAILJET_SERVER_NAME }),
    smtp_host: MAILJET_SMTP_HOST,
    // Sent every time: created over the API, Odoo keeps its default of 25 (the form's onchange never runs).
    smtp_port: wishes.port,
    smtp_encryption: encryption,
    ...(state.authenticationChoices.includes('login') ? { smtp_authentication: 'login' } : {}),
    smtp_user: wishes.apiKey,
    ...(keepFilter ? {} : { from_filter: wishes.domain }),
    sequence,
  };
  const secretKnown = wishes.secret !== null;
  const secretChanges = !primary || !secretKnown || state.ourPasswords.get(primary.id) !== wishes.secret;
  const mailjetValues: Values = {};
  for (const [field, value] of Object.entries(desired)) {
    if (!primary || differs((primary as unknown as Record<string, unknown>)[field], value))
      mailjetValues[field] = value;
  }
  if (secretChanges && wishes.secret !== null) mailjetValues[SECRET_FIELD] = wishes.secret;
  if (secretChanges && wishes.secret === null) mailjetValues[SECRET_FIELD] = '';
  const mailjet: ServerWrite = {
    ...(primary ? { existing: primary } : {}),
    values: mailjetValues,
    activate: !primary?.active,
  };

  if (wantFallback) {
    const wanted: Values = {
      ...(fallbackRecord ? {} : { name: FALLBACK_SERVER_NAME }),
      smtp_authentication: 'cli',
      ...(fallbackRecord ? {} : { from_filter: wishes.domain }),
      sequence: fallbackSequence!,
    };
    const values: Values = {};
    for (const [field, value] of Object.entries(wanted)) {
      if (!fallbackRecord || differs((fallbackRecord as unknown as Record<string, unknown>)[field], value))
        values[field] = value;
    }
    fallback = { ...(fallbackRecord ? { existing: fallbackRecord } : {}), values, activate: !fallbackRecord?.active };
  }

  // --- what to archive: our duplicates, and our fallback server when everything goes through Mailjet ---
  // A server a template or an unsent mailing names cannot be archived (Odoo answers fault 2): it stays
  // as it is, and the user learns which records use it. Only the primary gets Mailjet's settings.
  const retire = ours.filter((server) => server !== primary && server.active);
  if (!wantFallback && wishes.purpose === 'all') retire.push(...fallbackRecords.filter((server) => server.active));
  const archive = retire.filter((server) => !usages.has(server.id));

  // --- Email Marketing's dedicated server: two system parameters ---
  const parameters: SetupPlan['parameters'] = [];
  if (wishes.purpose === 'mass-mailing') {
    if (!(state.params[PARAM_DEDICATED_SERVER] ?? '').trim())
      parameters.push({ key: PARAM_DEDICATED_SERVER, to: 'True' });
    const current = state.params[PARAM_MASS_MAILING_SERVER];
    if (!primary || current !== String(primary.id)) {
      parameters.push({
        key: PARAM_MASS_MAILING_SERVER,
        ...(current ? { from: current } : {}),
        to: primary ? String(primary.id) : NEW_SERVER_ID,
      });
    }
    if (!state.massMailingInstalled) warnings.push({ code: 'mass-mailing-not-installed' });
    if (!wantFallback)
      warnings.push({ code: canUseCli ? 'transactional-via-mailjet' : 'transactional-via-mailjet-no-cli' });
  } else {
    if (!others.length && !primary?.active) warnings.push({ code: 'odoo-server-replaced' });
    const competing = others.find((server) => filterCoversDomain(server.from_filter, wishes.domain, major));
    if (competing) warnings.push({ code: 'competing-server', params: { name: competing.name } });
  }
  if (/(^|\.)odoo\.com$/.test(wishes.domain))
    warnings.push({ code: 'odoo-subdomain', params: { domain: wishes.domain } });
  if (state.addresses && state.addresses.domain !== wishes.domain) {
    warnings.push({
      code: 'alias-domain-differs',
      params: { aliasDomain: state.addresses.domain, domain: wishes.domain },
    });
  }
  const otherAccounts = state.servers.filter(
    (server) => isMailjetHost(server.smtp_host) && server.smtp_user !== wishes.apiKey && server.active,
  );
  if (otherAccounts.length) warnings.push({ code: 'other-mailjet-account', params: { count: otherAccounts.length } });
  if (!secretKnown) warnings.push({ code: 'mailjet-secret-missing' });

  // --- the list the user reads ---
  const changes: OdooChange[] = [];
  const serverChange = (
    role: 'mailjet' | 'odoo-fallback',
    write: ServerWrite,
    secret: boolean,
  ): OdooChange | undefined => {
    const fields = fieldChanges(write.existing, write.values, secret && SECRET_FIELD in write.values);
    if (write.activate)
      fields.push({ field: 'active', ...(write.existing ? { from: write.existing.active } : {}), to: true });
    if (!fields.length) return undefined;
    return write.existing
      ? { action: 'update-server', role, serverId: write.existing.id, name: write.existing.name, fields }
      : { action: 'create-server', role, fields };
  };
  const mailjetChange = serverChange('mailjet', mailjet, true);
  if (mailjetChange) changes.push(mailjetChange);
  if (wishes.test) changes.push({ action: 'test-connection' });
  const fallbackChange = fallback ? serverChange('odoo-fallback', fallback, false) : undefined;
  if (fallbackChange) changes.push(fallbackChange);
  for (const parameter of parameters) {
    const to = parameter.to === NEW_SERVER_ID ? { toServer: 'mailjet' as const } : { to: parameter.to };
    changes.push({
      action: 'set-parameter',
      key: parameter.key,
      ...(parameter.from ? { from: parameter.from } : {}),
      ...to,
    });
  }
  for (const server of archive) {
    changes.push({
      action: 'archive-server',
      role: ours.includes(server) ? 'duplicate' : 'odoo-fallback',
      serverId: server.id,
      name: server.name,
    });
  }
  const kept = retire.filter((candidate) => usages.has(candidate.id));
  // "So that exactly one remains" is only true when none is kept.
  if (!kept.length && archive.some((server) => ours.includes(server)))
    warnings.push({ code: 'duplicates-archived', params: { count: archive.filter((s) => ours.includes(s)).length } });
  for (const server of kept) {
    warnings.push(keptInUse(server.name, usages.get(server.id)!.join(', '), primary?.name ?? MAILJET_SERVER_NAME));
  }

  return { mailjet, ...(fallback ? { fallback } : {}), archive, parameters, test: wishes.test, warnings, changes };
}

/** A server left active because something in Odoo still names it. */
export function keptInUse(name: string, records: string, mailjet: string): Warning {
  return { code: 'server-kept-in-use', params: { name, records: records.slice(0, 300), mailjet } };
}

export function isUpToDate(plan: SetupPlan): boolean {
  return plan.changes.every((change) => change.action === 'test-connection');
}
