import type { z } from 'zod';
import type { ChannelOutput } from '@shared/contract';
import type { odooSetupInputSchema } from '@shared/contract/odoo';
import { sendingDomain } from '@shared/dns/domain';
import { AppError } from '@shared/errors';
import { isMailjetHost } from '@shared/odoo/mailjet-smtp';
import { versionSupport } from '@shared/odoo/version';
import type { CallContext, CoreDeps } from '../context';
import { odooError } from './errors';
import { applyPlan } from './apply';
import { isFallbackServer, isOurMailjetServer, isUpToDate, planSetup, type SetupPlan } from './plan';
import { loginMemoryOf } from './login-memory';
import { OdooSession, type ConnectionNotice, type OdooTarget } from './session';
import {
  PARAM_DEDICATED_SERVER,
  PARAM_MASS_MAILING_SERVER,
  readOdooState,
  type MailServerRecord,
  type OdooState,
} from './state';
import { mailjetApiKey, odooSecret, odooUrlOrError, resolveTarget, type TargetInput } from './target';
import { testMailServer } from './smtp-test';
import { openOdooSession } from './transport-selection';
import { createXmlRpcTransport } from './xmlrpc-transport';

// The Odoo step as the faces use it: each function logs in, reads, and does one job. They share the
// reading so that the preview and the real run decide from the same facts in the same way.

type SetupInput = z.output<typeof odooSetupInputSchema>;
type Info = ChannelOutput<'odooConnect'>;
type Plan = ChannelOutput<'odooPlan'>;
type SetupResult = ChannelOutput<'odooSetup'>;

/**
 * A session on the saved (or given) database with the keychain's secret. The last good login to the
 * same target with the same secret in this running core is reused (login-memory.ts): no version or
 * login round trip. If Odoo refuses it (password changed in Odoo, user replaced), the session logs in
 * again once, and the refused call is sent again; a refused new login is the usual "password refused".
 */
export async function connect(deps: CoreDeps, input: TargetInput, context: CallContext): Promise<OdooSession> {
  const secret = await odooSecret(deps.keychain);
  const target = resolveTarget(deps.settings.read(), input, deps.endpoints.odooUrl);
  const memory = loginMemoryOf(deps);
  const known = memory.recall(target, secret);
  if (!known) return openAndRemember(deps, target, secret, context);
  const renewal = () => {
    memory.forget(target);
    return openAndRemember(deps, target, secret, context, known.version.label);
  };
  const session = new OdooSession(
    known.transport,
    target,
    known.version,
    { db: target.db, uid: known.uid, secret },
    deps.log,
    context.signal,
    renewal,
  );
  session.notices.push(...known.notices);
  return session;
}

/** Logs in with `secret`; the saved address, database and login fill in what `input` leaves out. */
export async function logIn(
  deps: CoreDeps,
  input: TargetInput,
  secret: string,
  context: CallContext,
): Promise<OdooSession> {
  return openAndRemember(deps, resolveTarget(deps.settings.read(), input, deps.endpoints.odooUrl), secret, context);
}

async function openAndRemember(
  deps: CoreDeps,
  target: OdooTarget,
  secret: string,
  context: CallContext,
  knownVersion?: string,
): Promise<OdooSession> {
  const saved = deps.settings.read().odoo;
  // The version this same address reported last time lets the login start together with the version.
  const version = knownVersion ?? (saved?.url === target.url ? saved.version : undefined);
  const session = await openOdooSession(target, secret, {
    log: deps.log,
    signal: context.signal,
    knownVersion: version,
  });
  loginMemoryOf(deps).remember(target, secret, {
    transport: session.transport,
    version: session.version,
    uid: session.uid,
    notices: session.notices,
  });
  return session;
}

function serverKind(
  server: MailServerRecord,
  apiKey: string | undefined,
  domain: string | undefined,
): Info['servers'][number]['kind'] {
  if (Array.isArray(server.owner_user_id)) return 'personal';
  if (isOurMailjetServer(server, apiKey)) return 'mailjet-ours';
  if (isMailjetHost(server.smtp_host)) return 'mailjet-other';
  if (domain && isFallbackServer(server, domain)) return 'odoo-fallback';
  return 'other';
}

function describeConnection(session: OdooSession) {
  return {
    url: session.target.url,
    db: session.target.db,
    login: session.target.login,
    version: session.version,
    transport: session.transport.protocol === 'json2' ? ('json-2' as const) : ('xml-rpc' as const),
  };
}

/** What to say about the connection itself: a protocol fallback, and a release newer than those we know
 * (saas~19.1 and later count: the plan's own check only looks at the major number). */
function connectionNotices(session: OdooSession): ConnectionNotice[] {
  const newer =
    versionSupport(session.version) === 'newer'
      ? [{ code: 'newer-version', params: { version: session.version.label, major: session.version.major } }]
      : [];
  return [...session.notices, ...newer];
}

/** The connection's notices first, then the plan's; one of each code. */
function withNotices(session: OdooSession, warnings: ConnectionNotice[]): ConnectionNotice[] {
  const seen = new Set<string>();
  return [...connectionNotices(session), ...warnings].filter(
    (warning) => !seen.has(warning.code) && !!seen.add(warning.code),
  );
}

export function rememberConnection(deps: CoreDeps, session: OdooSession): void {
  const { url, db, login } = session.target;
  const saved = deps.settings.read().odoo;
  // The server id and its last passed test belong to one database: another database starts without them.
  const sameDatabase = saved?.url === url && saved.db === db;
  deps.settings.patch({
    odoo: {
      url,
      db,
      login,
      version: session.version.label,
      ...(sameDatabase ? {} : { serverId: undefined, testedAt: undefined }),
    },
  });
}

export async function odooInfo(deps: CoreDeps, input: TargetInput, context: CallContext): Promise<Info> {
  context.progress('odoo.progress.connect');
  const session = await connect(deps, input, context);
  const info = await readInfo(deps, session);
  rememberConnection(deps, session);
  return info;
}

/** What the connection step shows about a logged-in database: version, addresses, servers, mass mailing. */
export async function readInfo(deps: CoreDeps, session: OdooSession): Promise<Info> {
  const apiKey = deps.endpoints.mailjetApiKey ?? deps.settings.read().mailjet?.apiKey;
  const state = await readOdooState(session, apiKey);
  const dedicated = Number(state.params[PARAM_MASS_MAILING_SERVER]);
  return {
    ...describeConnection(session),
    support: versionSupport(session.version) === 'newer' ? 'newer' : 'supported',
    notices: session.notices,
    neutralized: state.neutralized,
    addresses: state.addresses,
    servers: state.servers.map((server) => ({
      id: server.id,
      name: server.name,
      host: server.smtp_host || '',
      port: server.smtp_port,
      encryption: server.smtp_encryption,
      fromFilter: server.from_filter || '',
      sequence: server.sequence,
      active: server.active,
      kind: serverKind(server, apiKey, state.addresses?.domain),
    })),
    massMailing: {
      installed: state.massMailingInstalled,
      dedicated: !!(state.params[PARAM_DEDICATED_SERVER] ?? '').trim(),
      ...(Number.isInteger(dedicated) && dedicated > 0 ? { serverId: dedicated } : {}),
    },
    features: {
      encryptionChoices: state.encryptionChoices,
      commandLineServer: state.authenticationChoices.includes('cli'),
    },
  };
}

interface Prepared {
  session: OdooSession;
  state: OdooState;
  plan: SetupPlan;
  domain: string;
}

async function prepare(
  deps: CoreDeps,
  input: SetupInput,
  context: CallContext,
  requireSecret: boolean,
): Promise<Prepared> {
  const settings = deps.settings.read();
  const apiKey = mailjetApiKey(settings, input.apiKey, deps.endpoints.mailjetApiKey);
  const mailjetSecret = await deps.keychain.get('mailjet');
  if (!mailjetSecret && requireSecret) throw new AppError('odoo.mailjet-secret-missing');
  context.progress('odoo.progress.connect');
  const session = await connect(deps, input, context);
  context.progress('odoo.progress.read');
  const state = await readOdooState(session, apiKey);
  // A neutralized copy (Odoo.sh staging, a duplicate) has every server disabled on purpose.
  if (state.neutralized) throw new AppError('odoo.neutralized', { db: session.target.db });
  // What the user typed (here or in the DNS step) goes through the one domain rule; Odoo's own alias
  // domain is a fact read from Odoo, already in ASCII.
  const typed = input.domain ?? (state.addresses ? undefined : settings.dns?.domain);
  const domain = typed ? sendingDomain(typed) : state.addresses?.domain;
  if (!domain) throw new AppError('odoo.domain-missing');
  const plan = planSetup(
    state,
    {
      port: input.port,
      purpose: input.purpose,
      domain,
      apiKey,
      secret: mailjetSecret,
      keepOdooForTransactional: input.keepOdooForTransactional,
      test: input.test,
    },
    session.version.major,
  );
  rememberConnection(deps, session);
  return { session, state, plan, domain };
}

function planResult(prepared: Prepared, input: SetupInput): Plan {
  const existing = prepared.plan.mailjet.existing;
  return {
    ...describeConnection(prepared.session),
    domain: prepared.domain,
    port: input.port,
    purpose: input.purpose,
    ...(existing ? { serverId: existing.id } : {}),
    changes: prepared.plan.changes,
    upToDate: isUpToDate(prepared.plan),
    warnings: withNotices(prepared.session, prepared.plan.warnings),
  };
}

export async function odooPlan(deps: CoreDeps, input: SetupInput, context: CallContext): Promise<Plan> {
  return planResult(await prepare(deps, input, context, false), input);
}

/** A connection test that fails now means the last passed one no longer says anything. */
async function forgetTestOnFailure<T>(deps: CoreDeps, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code.startsWith('odoo.smtp-'))
      deps.settings.patch({ odoo: { testedAt: undefined } });
    throw error;
  }
}

export async function odooSetup(deps: CoreDeps, input: SetupInput, context: CallContext): Promise<SetupResult> {
  const prepared = await prepare(deps, input, context, true);
  const { serverId, applied, warnings } = await forgetTestOnFailure(
    deps,
    applyPlan(
      prepared.session,
      prepared.plan,
      (key, done, total) => context.progress(key, {}, done, total),
      context.signal,
    ),
  );
  deps.settings.patch({
    odoo: {
      serverId,
      port: input.port,
      purpose: input.purpose,
      keepOdooForTransactional: input.keepOdooForTransactional,
      // The run tested the server before putting it to work (a failed test throws before this point).
      testedAt: input.test ? new Date().toISOString() : undefined,
    },
  });
  const planned = planResult(prepared, input);
  return { ...planned, warnings: [...planned.warnings, ...warnings], serverId, applied, tested: input.test };
}

export async function odooTest(
  deps: CoreDeps,
  input: TargetInput & { serverId?: number | undefined; apiKey?: string | undefined },
  context: CallContext,
): Promise<ChannelOutput<'odooTest'>> {
  const settings = deps.settings.read();
  context.progress('odoo.progress.connect');
  const session = await connect(deps, input, context);
  let serverId = input.serverId;
  if (serverId === undefined) {
    const apiKey = mailjetApiKey(settings, input.apiKey, deps.endpoints.mailjetApiKey);
    const state = await readOdooState(session, apiKey);
    const ours = state.servers.filter((server) => isOurMailjetServer(server, apiKey));
    serverId = (
      ours.find((server) => server.id === settings.odoo?.serverId) ??
      ours.find((server) => server.active) ??
      ours[0]
    )?.id;
  }
  if (serverId === undefined) throw new AppError('odoo.server-missing');
  context.progress('odoo.progress.test');
  await forgetTestOnFailure(deps, testMailServer(session, serverId));
  deps.settings.patch({ odoo: { serverId, testedAt: new Date().toISOString() } });
  return { serverId, passed: true };
}

export async function odooDatabases(
  deps: CoreDeps,
  input: { url: string },
  context: CallContext,
): Promise<ChannelOutput<'odooDatabases'>> {
  const { url, host } = odooUrlOrError(input.url);
  const transport = createXmlRpcTransport(url);
  try {
    return { url, listed: true, databases: await transport.listDatabases({ signal: context.signal }) };
  } catch (error) {
    const mapped = odooError(error, { host, log: deps.log, operation: 'db.list' });
    // Refusing the list (fault 3) or not offering the service at all is normal: the user types the name.
    if (
      mapped.code === 'odoo.access-denied' ||
      mapped.code === 'odoo.not-odoo' ||
      mapped.code === 'odoo.server-error'
    ) {
      return { url, listed: false, databases: [] };
    }
    throw mapped;
  }
}
