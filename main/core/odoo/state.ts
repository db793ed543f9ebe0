import { asciiHost } from '@shared/dns/host-name';
import { AppError } from '@shared/errors';
import type { MailAddresses } from '@shared/mail-addresses';
import { MAILJET_SMTP_HOST } from '@shared/odoo/mailjet-smtp';
import { PARAM_DEDICATED_SERVER, PARAM_MASS_MAILING_SERVER } from '@shared/odoo/mass-mailing-parameters';
import { rememberSecret } from '../redaction';
import { OdooFault } from './transport';
import type { OdooSession } from './session';

// Everything setup needs to decide, read in one round of parallel calls after login: rights, system
// parameters, the outgoing servers, the encryption choices, the addresses, whether Email Marketing is
// installed. Nothing here writes.

const SETTINGS_ADMIN_GROUP = 'base.group_system';

const PARAM_NEUTRALIZED = 'database.is_neutralized';
export { PARAM_DEDICATED_SERVER, PARAM_MASS_MAILING_SERVER };
const PARAMS_16 = ['mail.catchall.domain', 'mail.catchall.alias', 'mail.bounce.alias', 'mail.default.from'];
const PARAM_KEYS = [PARAM_NEUTRALIZED, PARAM_DEDICATED_SERVER, PARAM_MASS_MAILING_SERVER, ...PARAMS_16];

export interface MailServerRecord {
  id: number;
  name: string;
  smtp_host: string | false;
  smtp_port: number;
  smtp_encryption: string;
  smtp_user: string | false;
  from_filter: string | false;
  sequence: number;
  active: boolean;
  smtp_authentication?: string | false;
  owner_user_id?: [number, string] | false;
}

export interface OdooState {
  params: Record<string, string>;
  servers: MailServerRecord[];
  /** smtp_pass of the servers that look like ours (Mailjet host and our API key), by id. */
  ourPasswords: Map<number, string | false>;
  encryptionChoices: string[];
  authenticationChoices: string[];
  addresses: MailAddresses | null;
  massMailingInstalled: boolean;
  neutralized: boolean;
  /**
   * Records that name a server, by server id: e-mail templates and mailings not sent yet. Odoo refuses
   * to archive a server they use (fault 2), so they are read before anything is archived.
   */
  serverUsages?: Map<number, string[]>;
}

type UsageRow = { display_name?: string | false; mail_server_id: [number, string] | number | false };

/**
 * What `_active_usages_compute` counts besides Email Marketing's dedicated server (review D12): active
 * templates with a server (mail/models/ir_mail_server.py) and active mailings not done
 * (mass_mailing/models/ir_mail_server.py). Either model may be missing or closed to this user: then
 * nothing is known, and the archive itself says what blocks it.
 */
function usagesByServer(results: Array<PromiseSettledResult<unknown>>): Map<number, string[]> {
  const usages = new Map<number, string[]>();
  for (const result of results) {
    if (result.status !== 'fulfilled' || !Array.isArray(result.value)) continue;
    for (const row of result.value as UsageRow[]) {
      const server = Array.isArray(row.mail_server_id) ? row.mail_server_id[0] : row.mail_server_id;
      if (typeof server !== 'number') continue;
      usages.set(server, [...(usages.get(server) ?? []), String(row.display_name || '?')]);
    }
  }
  return usages;
}

const SERVER_FIELDS = [
  'id',
  'name',
  'smtp_host',
  'smtp_port',
  'smtp_encryption',
  'smtp_user',
  'from_filter',
  'sequence',
  'active',
  'smtp_authentication',
];

function truthyParam(value: string | undefined): boolean {
  return !!value && !/^(false|0|)$/i.test(value.trim());
}

/** The user's right to change mail servers. 16/17 define has_group on the model, 18+ on the record;
 * when the guess is wrong Odoo answers fault 1 and the other shape is tried. */
async function isSettingsAdmin(session: OdooSession): Promise<boolean> {
  const shapes = [[[session.uid], SETTINGS_ADMIN_GROUP], [SETTINGS_ADMIN_GROUP]];
  if (session.version.major < 18) shapes.reverse();
  try {
    return (await session.call('res.users', 'has_group', shapes[0])) === true;
  } catch (error) {
    if (!(error instanceof OdooFault) || error.faultCode !== 1) throw session.mapError(error, 'res.users.has_group');
    return (await session.execute<unknown>('res.users', 'has_group', shapes[1])) === true;
  }
}

/** Odoo's alias domain as it is stored, in ASCII (an IDN in punycode); a fact read from Odoo, so it is
 * converted with the shared host rule but never refused or cut down to the registrable domain. */
function asciiDomain(domain: string): string {
  return asciiHost(domain) ?? domain.trim().toLowerCase();
}

interface AliasDomainRecord {
  id: number;
  name: string;
  bounce_alias: string | false;
  catchall_alias: string | false;
  default_from: string | false;
  bounce_email: string | false;
  catchall_email: string | false;
  default_from_email: string | false;
  company_ids: number[];
  sequence: number;
}

function addressesFromAliasDomain(record: AliasDomainRecord): MailAddresses {
  const domain = asciiDomain(record.name);
  const local = (value: string | false, fallback: string) => (value || fallback).trim();
  const defaultFrom = local(record.default_from, 'notifications');
  return {
    domain,
    notifications: record.default_from_email || (defaultFrom.includes('@') ? defaultFrom : `${defaultFrom}@${domain}`),
    bounce: record.bounce_email || `${local(record.bounce_alias, 'bounce')}@${domain}`,
    catchall: record.catchall_email || `${local(record.catchall_alias, 'catchall')}@${domain}`,
  };
}

/** Odoo 16 keeps the alias domain and the local parts in system parameters. */
function addressesFromParameters(params: Record<string, string>): MailAddresses | null {
  const raw = params['mail.catchall.domain'];
  if (!raw) return null;
  const domain = asciiDomain(raw);
  const from = (params['mail.default.from'] || 'notifications').trim();
  return {
    domain,
    notifications: from.includes('@') ? from : `${from}@${domain}`,
    bounce: `${(params['mail.bounce.alias'] || 'bounce').trim()}@${domain}`,
    catchall: `${(params['mail.catchall.alias'] || 'catchall').trim()}@${domain}`,
  };
}

/**
 * A fault 2 on the one call that reads mail.alias.domain means the model is not there (`mail` not
 * installed): Odoo raises UserError("Object %s doesn't exist"), translated into the user's language on
 * 16/17 ("L'oggetto … non esiste"), so the code is what counts, never the English words (review D9).
 */
function isMissingModel(error: unknown): boolean {
  return error instanceof OdooFault && error.faultCode === 2;
}

/** The notifications, bounce and catchall addresses: the alias domain of the user's company (17+), else the parameters (16). */
function addressesFrom(
  session: OdooSession,
  params: Record<string, string>,
  aliasDomains: PromiseSettledResult<unknown>,
  user: PromiseSettledResult<unknown>,
): MailAddresses | null {
  let addresses: MailAddresses | null = addressesFromParameters(params);
  if (!hasAliasModel(session)) return addresses;
  if (aliasDomains.status === 'rejected' && !isMissingModel(aliasDomains.reason))
    throw session.mapError(aliasDomains.reason, 'mail.alias.domain.search_read');
  const domains = aliasDomains.status === 'fulfilled' ? (aliasDomains.value as AliasDomainRecord[] | null) : null;
  if (domains) {
    if (user.status === 'rejected') throw session.mapError(user.reason, 'res.users.read');
    const userRows = user.value as Array<{ company_id: [number, string] | false }> | null;
    const companyId = userRows?.[0]?.company_id ? userRows[0].company_id[0] : undefined;
    const chosen = domains.find((d) => companyId !== undefined && d.company_ids?.includes(companyId)) ?? domains[0];
    addresses = chosen ? addressesFromAliasDomain(chosen) : null;
  }
  return addresses;
}

// mail.alias.domain arrived in 17.0 (odoo/odoo PR #76734): saas~16.x releases do not have it.
const hasAliasModel = (session: OdooSession) => session.version.major >= 17;

const ALIAS_DOMAIN_FIELDS = [
  'name',
  'bounce_alias',
  'catchall_alias',
  'default_from',
  'bounce_email',
  'catchall_email',
  'default_from_email',
  'company_ids',
  'sequence',
];

/** The calls that tell the addresses: the alias domains and the user's company (nothing to ask on 16). */
function addressCalls(session: OdooSession): [Promise<unknown>, Promise<unknown>] {
  return hasAliasModel(session)
    ? [
        session.call('mail.alias.domain', 'search_read', [[]], {
          fields: ALIAS_DOMAIN_FIELDS,
          order: 'sequence, id',
        }),
        session.call('res.users', 'read', [[session.uid]], { fields: ['company_id'] }),
      ]
    : [Promise.resolve(null), Promise.resolve(null)];
}

/** Without Settings rights every other answer is an access error: say what is actually wrong. */
function requireAdmin(session: OdooSession, admin: PromiseSettledResult<boolean>): void {
  if (admin.status === 'rejected')
    throw admin.reason instanceof AppError ? admin.reason : session.mapError(admin.reason, 'res.users.has_group');
  if (!admin.value) throw new AppError('odoo.not-admin', { login: session.target.login });
}

function settledValue<T>(session: OdooSession, result: PromiseSettledResult<unknown>, operation: string): T {
  if (result.status === 'rejected') throw session.mapError(result.reason, operation);
  return result.value as T;
}

function parameterMap(rows: Array<{ key: string; value: string | false }>): Record<string, string> {
  return Object.fromEntries(
    rows.filter((row) => typeof row.value === 'string').map((row) => [row.key, row.value as string]),
  );
}

/**
 * What the test e-mail needs to know, and no more: the Settings right (as the full read checks it), the
 * outgoing servers and the addresses. Half the calls of `readOdooState`, read while Odoo sends.
 */
export async function readSendingState(session: OdooSession): Promise<Pick<OdooState, 'servers' | 'addresses'>> {
  const [admin, params, servers, aliasDomains, user] = await Promise.allSettled([
    isSettingsAdmin(session),
    session.call('ir.config_parameter', 'search_read', [[['key', 'in', PARAMS_16]]], { fields: ['key', 'value'] }),
    session.call('ir.mail_server', 'search_read', [[]], {
      fields: serverFieldsFor(session),
      order: 'sequence, id',
      context: { active_test: false },
    }),
    ...addressCalls(session),
  ]);
  requireAdmin(session, admin);
  const paramMap = parameterMap(
    settledValue<Array<{ key: string; value: string | false }>>(session, params, 'ir.config_parameter.search_read'),
  );
  return {
    servers: settledValue<MailServerRecord[]>(session, servers, 'ir.mail_server.search_read'),
    addresses: addressesFrom(session, paramMap, aliasDomains, user),
  };
}

const serverFieldsFor = (session: OdooSession) =>
  session.version.major >= 19 ? [...SERVER_FIELDS, 'owner_user_id'] : SERVER_FIELDS;

export async function readOdooState(session: OdooSession, apiKey: string | undefined): Promise<OdooState> {
  const noActiveTest = { context: { active_test: false } };
  const [admin, params, fields, servers, ours, aliasDomains, user, massMailing, templates, mailings] =
    await Promise.allSettled([
      isSettingsAdmin(session),
      session.call('ir.config_parameter', 'search_read', [[['key', 'in', PARAM_KEYS]]], { fields: ['key', 'value'] }),
      session.call('ir.mail_server', 'fields_get', [], {
        allfields: ['smtp_encryption', 'smtp_authentication'],
        attributes: ['type', 'selection'],
      }),
      session.call('ir.mail_server', 'search_read', [[]], {
        fields: serverFieldsFor(session),
        order: 'sequence, id',
        ...noActiveTest,
      }),
      apiKey
        ? session.call(
            'ir.mail_server',
            'search_read',
            [
              [
                ['smtp_host', '=ilike', MAILJET_SMTP_HOST],
                ['smtp_user', '=', apiKey],
              ],
            ],
            { fields: ['smtp_pass'], ...noActiveTest },
          )
        : Promise.resolve([]),
      ...addressCalls(session),
      session.call('ir.module.module', 'search_count', [
        [
          ['name', '=', 'mass_mailing'],
          ['state', '=', 'installed'],
        ],
      ]),
      session.call('mail.template', 'search_read', [[['mail_server_id', '!=', false]]], {
        fields: ['display_name', 'mail_server_id'],
      }),
      session.call(
        'mailing.mailing',
        'search_read',
        [
          [
            ['mail_server_id', '!=', false],
            ['state', '!=', 'done'],
          ],
        ],
        { fields: ['display_name', 'mail_server_id'] },
      ),
    ]);

  requireAdmin(session, admin);
  const value = <T>(result: PromiseSettledResult<unknown>, operation: string) =>
    settledValue<T>(session, result, operation);
  const paramMap = parameterMap(
    value<Array<{ key: string; value: string | false }>>(params, 'ir.config_parameter.search_read'),
  );
  const fieldInfo = value<Record<string, { selection?: Array<[string, string]> }>>(fields, 'ir.mail_server.fields_get');
  const serverRows = value<MailServerRecord[]>(servers, 'ir.mail_server.search_read');
  const ourRows = value<Array<{ id: number; smtp_pass: string | false }>>(ours, 'ir.mail_server.search_read');
  const ourPasswords = new Map<number, string | false>();
  for (const row of ourRows) {
    // Another copy of a secret (perhaps an older Mailjet key): scrub it from anything logged from now on.
    if (typeof row.smtp_pass === 'string') rememberSecret(row.smtp_pass);
    ourPasswords.set(row.id, row.smtp_pass);
  }

  const addresses = addressesFrom(session, paramMap, aliasDomains, user);
  return {
    params: paramMap,
    servers: serverRows,
    ourPasswords,
    encryptionChoices: (fieldInfo.smtp_encryption?.selection ?? []).map(([key]) => key),
    authenticationChoices: (fieldInfo.smtp_authentication?.selection ?? []).map(([key]) => key),
    addresses,
    massMailingInstalled: value<number>(massMailing, 'ir.module.module.search_count') > 0,
    neutralized: truthyParam(paramMap[PARAM_NEUTRALIZED]),
    serverUsages: usagesByServer([templates, mailings]),
  };
}
