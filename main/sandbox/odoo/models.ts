import { chooseMailServer } from '@shared/odoo/server-choice';
import type { MailRecord, ServerValues, StandInDatabase, StandInUser } from './database';
import type { SmtpCheck, SmtpServerSnapshot } from './smtp-check';
import type { SmtpDirectory } from './smtp-sender';

// execute_kw as Odoo answers it for the handful of models the assistant uses, with Odoo's fault codes:
// 1 for anything unexpected (with a Python traceback that quotes the call, password included, as real
// tracebacks can), 2 for a UserError, 3 for bad credentials, 4 for missing access rights.

export class StandInFault {
  constructor(
    readonly faultCode: number,
    readonly faultString: string,
  ) {}
}

export function traceback(call: string, last: string): string {
  return [
    'Traceback (most recent call last):',
    '  File "/usr/lib/python3/dist-packages/odoo/addons/base/controllers/rpc.py", line 146, in xmlrpc_2',
    '    response = self._xmlrpc(service)',
    '  File "/usr/lib/python3/dist-packages/odoo/service/model.py", line 62, in execute_kw',
    `    return execute(${call})`,
    last,
  ].join('\n');
}

export interface CallEnv {
  db: StandInDatabase;
  user: StandInUser;
  /** The call as Python would print it, for tracebacks. */
  repr: string;
  smtpCheck: SmtpCheck;
  /** Where the SMTP host names Odoo's servers name lead (the demo: Mailjet's relay on loopback). */
  smtpDirectory?: SmtpDirectory;
}

type Domain = unknown[];
type Kwargs = Record<string, unknown>;

const fault1 = (env: CallEnv, message: string) => new StandInFault(1, traceback(env.repr, message));

function requireAdmin(env: CallEnv, model: string, description: string): void {
  if (env.user.admin) return;
  throw new StandInFault(
    4,
    `You are not allowed to access '${description}' (${model}) records.\n\nThis operation is allowed for the following groups:\n\t- Administration/Settings\n\nContact your administrator to request access if necessary.`,
  );
}

function matches(record: Record<string, unknown>, domain: Domain): boolean {
  return domain.every((term) => {
    if (!Array.isArray(term)) return true; // '&' and friends: conjunction is the default anyway
    const [field, operator, value] = term as [string, string, unknown];
    const current = record[field];
    switch (operator) {
      case '=':
        return current === value || (value === false && (current === false || current === undefined));
      case '!=':
        return current !== value;
      case 'in':
        return Array.isArray(value) && value.includes(current);
      case 'not in':
        return Array.isArray(value) && !value.includes(current);
      case '=ilike':
        return (
          typeof current === 'string' && typeof value === 'string' && current.toLowerCase() === value.toLowerCase()
        );
      case 'ilike':
        return (
          typeof current === 'string' &&
          typeof value === 'string' &&
          current.toLowerCase().includes(value.toLowerCase())
        );
      default:
        return false;
    }
  });
}

function pick(
  env: CallEnv,
  model: string,
  record: Record<string, unknown>,
  fields: unknown,
  known: string[],
): Record<string, unknown> {
  const wanted = Array.isArray(fields) && fields.length ? (fields as string[]) : known;
  for (const field of wanted)
    if (!known.includes(field)) throw fault1(env, `ValueError: Invalid field '${field}' on model '${model}'`);
  return Object.fromEntries(
    ['id', ...wanted.filter((field) => field !== 'id')].map((field) => [field, record[field] ?? false]),
  );
}

// --- ir.mail_server ---

function validateServerValues(env: CallEnv, values: Record<string, unknown>): void {
  const { profile } = env.db;
  for (const [field, value] of Object.entries(values)) {
    if (!profile.serverFields.includes(field) || field === 'id' || field === 'display_name') {
      throw fault1(env, `ValueError: Invalid field '${field}' on model 'ir.mail_server'`);
    }
    if (field === 'smtp_encryption' && !profile.encryption.some(([key]) => key === value)) {
      throw fault1(env, `ValueError: Wrong value for ir.mail_server.smtp_encryption: '${String(value)}'`);
    }
    if (field === 'smtp_authentication' && !profile.authentication.some(([key]) => key === value)) {
      throw fault1(env, `ValueError: Wrong value for ir.mail_server.smtp_authentication: '${String(value)}'`);
    }
  }
}

function serverView(server: ServerValues): Record<string, unknown> {
  return { ...server, display_name: server.name };
}

function searchServers(env: CallEnv, domain: Domain, kwargs: Kwargs): ServerValues[] {
  const context = (kwargs.context ?? {}) as Record<string, unknown>;
  const activeTest =
    context.active_test !== false && !domain.some((term) => Array.isArray(term) && term[0] === 'active');
  return [...env.db.servers.values()]
    .filter((server) => (!activeTest || server.active) && matches(serverView(server), domain))
    .sort((a, b) => a.sequence - b.sequence || a.id - b.id);
}

/**
 * Odoo's refusal to archive a server in use (base ir_mail_server.py `write` + `_active_usages_compute`,
 * 16–19; review row D12), worded as Odoo 17's source words it: Email Marketing's default server
 * (mass_mailing), active mailings not done (mass_mailing), active templates naming it (mail).
 */
function usagesOf(env: CallEnv, serverId: number): string[] {
  const { db } = env;
  const usages: string[] = [];
  if (db.massMailingInstalled) {
    const dedicated = Number(db.params.get('mass_mailing.mail_server_id'));
    if (dedicated === serverId) usages.push('Email Marketing uses it as its default mail server to send mass mailings');
    for (const mailing of db.mailings) {
      if (mailing.mail_server_id !== serverId || !mailing.active || mailing.state === 'done') continue;
      usages.push(
        mailing.schedule_date
          ? `Mass Mailing "${mailing.subject}" (scheduled for ${mailing.schedule_date})`
          : `Mass Mailing "${mailing.subject}"`,
      );
    }
  }
  for (const template of db.templates)
    if (template.active && template.mail_server_id === serverId) usages.push(`${template.name} (Email Template)`);
  return usages;
}

function checkArchive(env: CallEnv, ids: number[], values: Record<string, unknown>): void {
  if (values.active !== false) return;
  const used = ids
    .map((id) => env.db.servers.get(id))
    .filter((server): server is ServerValues => !!server)
    .map((server) => ({ server, usages: usagesOf(env, server.id) }))
    .filter((entry) => entry.usages.length)
    .sort((a, b) => a.server.name.localeCompare(b.server.name));
  if (!used.length) return;
  const names = used.map((entry) => entry.server.name).join(', ');
  if (used.length === 1) {
    throw new StandInFault(
      2,
      `You cannot archive this Outgoing Mail Server (${names}) because it is still used in the following case(s):\n${used[0]!.usages.map((u) => `- ${u}`).join('\n')}`,
    );
  }
  const details = used.flatMap((entry) => [
    `${entry.server.name} (Dedicated Outgoing Mail Server):`,
    ...entry.usages.map((u) => `- ${u}`),
  ]);
  throw new StandInFault(
    2,
    `You cannot archive these Outgoing Mail Servers (${names}) because they are still used in the following case(s):\n${details.join('\n')}`,
  );
}

/**
 * What the server form asks Odoo while the user types: `onchange(values, field_names, spec)` on an
 * empty record set (16 names one field as a string, 17+ a list). Only `_onchange_encryption` is
 * modelled (ir_mail_server.py 16–19, review row D1): choosing `ssl` sets the port to 465, any other
 * choice, 19's two strict ones included, to 25. Like Odoo 17 (checked on a real 17.0), the answer
 * holds only the fields that change, and no field names means "the defaults of a new record".
 * An RPC `create` or `write` never runs it.
 */
function serverFormOnchange(env: CallEnv, args: unknown[]): { value: Record<string, unknown> } {
  const values = (args[1] ?? {}) as Record<string, unknown>;
  const names = typeof args[2] === 'string' ? [args[2]] : Array.isArray(args[2]) ? (args[2] as string[]) : [];
  const spec = (args[3] ?? {}) as Record<string, unknown>;
  if (!names.length) {
    const defaults = env.db.serverDefaults();
    return { value: Object.fromEntries(Object.keys(spec).map((field) => [field, defaults[field] ?? false])) };
  }
  if (!names.includes('smtp_encryption')) return { value: {} };
  const port = values.smtp_encryption === 'ssl' ? 465 : 25;
  return { value: values.smtp_port === port ? {} : { smtp_port: port } };
}

async function mailServer(env: CallEnv, method: string, args: unknown[], kwargs: Kwargs): Promise<unknown> {
  requireAdmin(env, 'ir.mail_server', 'Mail Server');
  const { db } = env;
  switch (method) {
    case 'fields_get': {
      const all = (kwargs.allfields ?? args[0]) as string[] | undefined;
      const names = all?.length
        ? all.filter((field) => db.profile.serverFields.includes(field))
        : db.profile.serverFields;
      return Object.fromEntries(
        names.map((field) => {
          if (field === 'smtp_encryption') return [field, { type: 'selection', selection: db.profile.encryption }];
          if (field === 'smtp_authentication')
            return [field, { type: 'selection', selection: db.profile.authentication }];
          return [field, { type: field === 'smtp_port' || field === 'sequence' ? 'integer' : 'char' }];
        }),
      );
    }
    case 'search_read': {
      const domain = (args[0] ?? kwargs.domain ?? []) as Domain;
      return searchServers(env, domain, kwargs).map((server) =>
        pick(env, 'ir.mail_server', serverView(server), kwargs.fields ?? args[1], db.profile.serverFields),
      );
    }
    case 'search_count':
      return searchServers(env, (args[0] ?? []) as Domain, kwargs).length;
    case 'read': {
      const ids = args[0] as number[];
      return ids
        .map((id) => db.servers.get(id))
        .filter(Boolean)
        .map((server) =>
          pick(env, 'ir.mail_server', serverView(server!), kwargs.fields ?? args[1], db.profile.serverFields),
        );
    }
    case 'create': {
      const list = Array.isArray(args[0])
        ? (args[0] as Record<string, unknown>[])
        : [args[0] as Record<string, unknown>];
      const ids = list.map((values) => {
        validateServerValues(env, values);
        if (!values.name)
          throw fault1(
            env,
            'psycopg2.errors.NotNullViolation: null value in column "name" of relation "ir_mail_server" violates not-null constraint',
          );
        if (db.profile.hostRequired && !values.smtp_host) {
          throw fault1(
            env,
            'psycopg2.errors.NotNullViolation: null value in column "smtp_host" of relation "ir_mail_server" violates not-null constraint',
          );
        }
        return db.insertServer(values);
      });
      return Array.isArray(args[0]) ? ids : ids[0];
    }
    case 'write': {
      const ids = args[0] as number[];
      const values = args[1] as Record<string, unknown>;
      validateServerValues(env, values);
      checkArchive(env, ids, values);
      for (const id of ids) {
        const server = db.servers.get(id);
        if (!server)
          throw new StandInFault(
            2,
            `Record does not exist or has been deleted.\n(Record: ir.mail_server(${id},), User: ${env.user.id})`,
          );
        Object.assign(server, values);
      }
      return true;
    }
    case 'onchange':
      return serverFormOnchange(env, args);
    case 'test_smtp_connection': {
      for (const id of args[0] as number[]) {
        const server = db.servers.get(id);
        if (!server) throw new StandInFault(2, 'Record does not exist or has been deleted.');
        const result = await env.smtpCheck({ ...server } as unknown as Parameters<SmtpCheck>[0]);
        if (!result.ok) throw new StandInFault(2, result.message);
      }
      return {
        type: 'ir.actions.client',
        tag: 'display_notification',
        params: { message: 'Connection Test Successful!', type: 'success', sticky: false },
      };
    }
    default:
      return unknownMethod(env, 'ir.mail_server', method);
  }
}

// --- mail.mail ---

const MAIL_FIELDS = [
  'id',
  'email_from',
  'email_to',
  'subject',
  'body_html',
  'headers',
  'mail_server_id',
  'message_id',
  'auto_delete',
  'state',
  'failure_reason',
];
const MAIL_WRITABLE = new Set([
  'email_from',
  'email_to',
  'subject',
  'body_html',
  'headers',
  'mail_server_id',
  'auto_delete',
]);

/** The string pairs of a Python dict literal such as {'X-MJ-CustomID': 'abc'} (Odoo reads `headers` with ast.literal_eval). */
function pythonStringDict(text: string | false): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const match of String(text || '').matchAll(
    /(['"])((?:(?!\1)[^\\]|\\.)*)\1\s*:\s*(['"])((?:(?!\3)[^\\]|\\.)*)\3/g,
  ))
    pairs[match[2]!] = match[4]!;
  return pairs;
}

/**
 * `send` as Odoo 17 runs it (mail_mail.py `send` → `_split_by_mail_configuration` → `ir.mail_server.connect`
 * → `_send`): the server is the forced one or Odoo's choice by from_filter and sequence; a failed
 * connection or login marks the mail `exception` with str(exception) as `failure_reason`; a success
 * marks it `sent`. Odoo's choice is not written into `mail_server_id`.
 */
async function sendMails(env: CallEnv, ids: number[]): Promise<undefined> {
  const { sendThroughServer } = await import('./smtp-sender');
  const servers = [...env.db.servers.values()];
  for (const id of ids) {
    const mail = env.db.mails.get(id);
    if (!mail) continue;
    const forced = mail.mail_server_id === false ? undefined : env.db.servers.get(mail.mail_server_id);
    const choice = forced
      ? { server: forced, smtpFrom: mail.email_from }
      : chooseMailServer(servers, mail.email_from, env.db.notificationsEmail());
    if (!choice.server) {
      // No active server: odoo-bin's own SMTP settings, localhost:25 by default, which the stand-in has not.
      Object.assign(mail, { state: 'exception', failure_reason: '[Errno 111] Connection refused' });
      continue;
    }
    const headerFrom = choice.smtpFrom === mail.email_from ? mail.email_from : choice.smtpFrom;
    const outcome = await sendThroughServer(
      choice.server as unknown as SmtpServerSnapshot,
      env.smtpDirectory ?? { hosts: {} },
      {
        smtpFrom: choice.smtpFrom,
        headerFrom,
        to: mail.email_to
          .split(',')
          .map((address) => address.trim())
          .filter(Boolean),
        subject: mail.subject,
        html: mail.body_html,
        headers: pythonStringDict(mail.headers),
        messageId: mail.message_id,
      },
    );
    Object.assign(
      mail,
      outcome.ok ? { state: 'sent', failure_reason: false } : { state: 'exception', failure_reason: outcome.reason },
    );
  }
  // Odoo 17's `send` ends without a return (None, despite its docstring's ":return: True"): over XML-RPC the
  // mails are sent and committed, then the answer fails to marshal (fault 1). Seen against a real 17.0.
  return undefined;
}

async function mailMail(env: CallEnv, method: string, args: unknown[], kwargs: Kwargs): Promise<unknown> {
  requireAdmin(env, 'mail.mail', 'Outgoing Mails');
  const { db } = env;
  switch (method) {
    case 'create': {
      const list = Array.isArray(args[0])
        ? (args[0] as Record<string, unknown>[])
        : [args[0] as Record<string, unknown>];
      const ids = list.map((values) => {
        const unknown = Object.keys(values).find((field) => !MAIL_WRITABLE.has(field));
        if (unknown) throw fault1(env, `ValueError: Invalid field '${unknown}' on model 'mail.mail'`);
        const id = Math.max(0, ...db.mails.keys()) + 1;
        const record: MailRecord = {
          id,
          email_from: String(values.email_from ?? ''),
          email_to: String(values.email_to ?? ''),
          subject: String(values.subject ?? ''),
          body_html: String(values.body_html ?? ''),
          headers: typeof values.headers === 'string' ? values.headers : false,
          mail_server_id: typeof values.mail_server_id === 'number' ? values.mail_server_id : false,
          message_id: `<${Date.now()}.${id}.${Math.random().toString(36).slice(2, 10)}-openerp-${id}-mail.mail@stand-in>`,
          auto_delete: values.auto_delete === true,
          state: 'outgoing',
          failure_reason: false,
        };
        db.mails.set(id, record);
        return id;
      });
      return Array.isArray(args[0]) ? ids : ids[0];
    }
    case 'read':
      return (args[0] as number[])
        .map((id) => db.mails.get(id))
        .filter((mail): mail is MailRecord => !!mail)
        .map((mail) =>
          pick(
            env,
            'mail.mail',
            {
              ...mail,
              mail_server_id:
                mail.mail_server_id === false
                  ? false
                  : [mail.mail_server_id, db.servers.get(mail.mail_server_id)?.name ?? ''],
            },
            kwargs.fields ?? args[1],
            MAIL_FIELDS,
          ),
        );
    case 'send':
      return sendMails(env, (args[0] as number[]) ?? []);
    default:
      return unknownMethod(env, 'mail.mail', method);
  }
}

// --- ir.config_parameter ---

function configParameter(env: CallEnv, method: string, args: unknown[], kwargs: Kwargs): unknown {
  requireAdmin(env, 'ir.config_parameter', 'System Parameter');
  const { params } = env.db;
  switch (method) {
    case 'get_param':
      return params.get(String(args[0])) ?? args[1] ?? kwargs.default ?? false;
    case 'set_param': {
      const key = String(args[0]);
      const old = params.get(key) ?? false;
      const value = args[1] ?? kwargs.value;
      if (value === false || value === null || value === '') params.delete(key);
      else params.set(key, String(value));
      return old;
    }
    case 'search_read': {
      const domain = (args[0] ?? []) as Domain;
      return [...params.entries()]
        .map(([key, value], i) => ({ id: i + 1, key, value }))
        .filter((row) => matches(row, domain))
        .map((row) => pick(env, 'ir.config_parameter', row, kwargs.fields ?? args[1], ['id', 'key', 'value']));
    }
    case 'init':
      // Returns None in Odoo: the work is committed, then marshalling the answer fails (fault 1).
      return undefined;
    default:
      return unknownMethod(env, 'ir.config_parameter', method);
  }
}

// --- res.users, res.company, mail.alias.domain, ir.module.module ---

function users(env: CallEnv, method: string, args: unknown[], kwargs: Kwargs): unknown {
  switch (method) {
    case 'has_group': {
      const recordStyle = Array.isArray(args[0]);
      if (recordStyle !== env.db.profile.hasGroupOnRecord || args.length !== (recordStyle ? 2 : 1)) {
        throw fault1(
          env,
          recordStyle
            ? 'TypeError: ResUsers.has_group() takes 2 positional arguments but 3 were given'
            : 'ValueError: Expected singleton: res.users()',
        );
      }
      const uid = recordStyle ? (args[0] as number[])[0] : env.user.id;
      const user = env.db.users.find((candidate) => candidate.id === uid);
      return args[recordStyle ? 1 : 0] === 'base.group_system' ? !!user?.admin : true;
    }
    case 'read':
      return (args[0] as number[])
        .map((id) => env.db.users.find((user) => user.id === id))
        .filter(Boolean)
        .map((user) =>
          pick(
            env,
            'res.users',
            { id: user!.id, login: user!.login, name: user!.login, company_id: [user!.companyId, 'My Company'] },
            kwargs.fields ?? args[1],
            ['id', 'login', 'name', 'company_id'],
          ),
        );
    case 'search_read':
      // Added for the JSON-2 login check (a key's user against the typed login); users are readable by internal users.
      return env.db.users
        .map((user) => ({
          id: user.id,
          login: user.login,
          name: user.login,
          company_id: [user.companyId, 'My Company'],
        }))
        .filter((row) => matches(row, (args[0] ?? kwargs.domain ?? []) as Domain))
        .map((row) => pick(env, 'res.users', row, kwargs.fields ?? args[1], ['id', 'login', 'name', 'company_id']));
    case 'context_get':
      return { lang: 'en_US', tz: false, uid: env.user.id };
    default:
      return unknownMethod(env, 'res.users', method);
  }
}

function aliasDomains(env: CallEnv, method: string, args: unknown[], kwargs: Kwargs): unknown {
  if (method !== 'search_read') return unknownMethod(env, 'mail.alias.domain', method);
  const known = [
    'id',
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
  return env.db.aliasDomains
    .map((alias) => ({ ...alias, ...env.db.aliasEmails(alias) }))
    .filter((row) => matches(row, (args[0] ?? []) as Domain))
    .sort((a, b) => a.sequence - b.sequence || a.id - b.id)
    .map((row) => pick(env, 'mail.alias.domain', row, kwargs.fields ?? args[1], known));
}

/** mail.template and mailing.mailing, read the way the assistant reads them: who names which server. */
function serverUsers(
  env: CallEnv,
  model: 'mail.template' | 'mailing.mailing',
  method: string,
  args: unknown[],
  kwargs: Kwargs,
): unknown {
  if (method !== 'search_read') return unknownMethod(env, model, method);
  const serverName = (id: number | false) => (id === false ? false : [id, env.db.servers.get(id)?.name ?? '']);
  const rows =
    model === 'mail.template'
      ? env.db.templates.map((t) => ({
          id: t.id,
          name: t.name,
          display_name: t.name,
          active: t.active,
          mail_server_id: t.mail_server_id,
        }))
      : env.db.mailings.map((m) => ({
          id: m.id,
          subject: m.subject,
          display_name: m.subject,
          state: m.state,
          active: m.active,
          mail_server_id: m.mail_server_id,
        }));
  const known =
    model === 'mail.template'
      ? ['id', 'name', 'display_name', 'active', 'mail_server_id']
      : ['id', 'subject', 'display_name', 'state', 'active', 'mail_server_id'];
  const context = (kwargs.context ?? {}) as Record<string, unknown>;
  return rows
    .filter((row) => (context.active_test === false || row.active) && matches(row, (args[0] ?? []) as Domain))
    .map((row) =>
      pick(env, model, { ...row, mail_server_id: serverName(row.mail_server_id) }, kwargs.fields ?? args[1], known),
    );
}

function modules(env: CallEnv, method: string, args: unknown[]): unknown {
  if (method !== 'search_count') return unknownMethod(env, 'ir.module.module', method);
  const rows = [
    { name: 'base', state: 'installed' },
    { name: 'mail', state: 'installed' },
    { name: 'mass_mailing', state: env.db.massMailingInstalled ? 'installed' : 'uninstalled' },
  ];
  return rows.filter((row) => matches(row, (args[0] ?? []) as Domain)).length;
}

function unknownMethod(env: CallEnv, model: string, method: string): never {
  throw fault1(env, `AttributeError: The method '${method}' does not exist on the model '${model}'`);
}

export async function executeKw(
  env: CallEnv,
  model: string,
  method: string,
  args: unknown[],
  kwargs: Kwargs,
): Promise<unknown> {
  if (method.startsWith('_'))
    throw new StandInFault(4, `Private methods (such as ${method}) cannot be called remotely.`);
  switch (model) {
    case 'ir.mail_server':
      return mailServer(env, method, args, kwargs);
    case 'ir.config_parameter':
      return configParameter(env, method, args, kwargs);
    case 'mail.mail':
      return mailMail(env, method, args, kwargs);
    case 'res.users':
      return users(env, method, args, kwargs);
    case 'mail.alias.domain':
      if (!env.db.profile.aliasDomainModel) break;
      return aliasDomains(env, method, args, kwargs);
    case 'ir.module.module':
      return modules(env, method, args);
    case 'mail.template':
      return serverUsers(env, model, method, args, kwargs);
    case 'mailing.mailing':
      if (!env.db.massMailingInstalled) break;
      return serverUsers(env, model, method, args, kwargs);
  }
  throw new StandInFault(2, `Object ${model} doesn't exist`);
}
