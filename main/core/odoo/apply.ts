import { AppError } from '@shared/errors';
import { keptInUse, MAILJET_SERVER_NAME, NEW_SERVER_ID, type ServerWrite, type SetupPlan, type Warning } from './plan';
import type { MailServerRecord } from './state';
import type { OdooSession } from './session';
import { OdooFault } from './transport';
import { testMailServer } from './smtp-test';

// Carries out a plan in an order that never leaves Odoo worse off than before: a new Mailjet server is
// created archived, tested, and only then made active and named as Email Marketing's server. If a step
// fails, what is already written is found again by the next run (same host and API key) and completed.

export interface ApplyProgress {
  (key: string, done: number, total: number): void;
}

export interface ApplyResult {
  serverId: number;
  /** How many writes were sent. */
  applied: number;
  /** Servers Odoo refused to archive because something still uses them: kept, and said. */
  warnings: Warning[];
}

/** The "- …" lines of Odoo's refusal: the records that use the server, in Odoo's words. */
function usageLines(faultString: string): string {
  const lines = faultString
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('- '));
  return lines.map((line) => line.slice(2)).join(', ') || faultString.split('\n')[0]!.trim();
}

/**
 * Archives what the plan retires. Odoo refuses the whole write when one server is still used (fault 2:
 * a template or a mailing named it after the plan was read, or they could not be read); then each is
 * archived on its own and the ones refused are kept and named, so the setup never ends half-done.
 */
async function archiveServers(
  session: OdooSession,
  servers: MailServerRecord[],
  mailjetName: string,
): Promise<{ writes: number; warnings: Warning[] }> {
  const archiveOne = (ids: number[]) => session.call('ir.mail_server', 'write', [ids, { active: false }]);
  const refused = (error: unknown): error is OdooFault => error instanceof OdooFault && error.faultCode === 2;
  try {
    await archiveOne(servers.map((server) => server.id));
    return { writes: 1, warnings: [] };
  } catch (error) {
    if (!refused(error)) throw session.mapError(error, 'ir.mail_server.write');
  }
  const warnings: Warning[] = [];
  let writes = 0;
  for (const server of servers) {
    try {
      await archiveOne([server.id]);
      writes += 1;
    } catch (error) {
      if (!refused(error)) throw session.mapError(error, 'ir.mail_server.write');
      warnings.push(keptInUse(server.name, usageLines(error.faultString), mailjetName));
    }
  }
  return { writes, warnings };
}

function stepCount(plan: SetupPlan): number {
  const later =
    (plan.mailjet.activate ? 1 : 0) + (plan.fallback ? 1 : 0) + plan.parameters.length + plan.archive.length;
  return 1 + (plan.test ? 1 : 0) + (later ? 1 : 0) + (plan.archive.length ? 1 : 0);
}

async function writeServer(
  session: OdooSession,
  write: ServerWrite,
  activeOnCreate: boolean,
): Promise<{ id: number; writes: number }> {
  if (!write.existing) {
    const id = await session.execute<number>('ir.mail_server', 'create', [{ ...write.values, active: activeOnCreate }]);
    if (typeof id !== 'number') throw new AppError('odoo.server-error');
    return { id, writes: 1 };
  }
  if (!Object.keys(write.values).length) return { id: write.existing.id, writes: 0 };
  await session.execute('ir.mail_server', 'write', [[write.existing.id], write.values]);
  return { id: write.existing.id, writes: 1 };
}

export async function applyPlan(
  session: OdooSession,
  plan: SetupPlan,
  progress: ApplyProgress,
  signal?: AbortSignal,
): Promise<ApplyResult> {
  const total = stepCount(plan);
  let step = 0;
  const next = (key: string) => {
    if (signal?.aborted) throw new AppError('app.cancelled');
    progress(key, step++, total);
  };

  next('odoo.progress.server');
  // Without a test there is nothing to wait for: the new server can start active.
  const mailjet = await writeServer(session, plan.mailjet, !plan.test);
  let applied = mailjet.writes;
  const serverId = mailjet.id;

  if (plan.test) {
    next('odoo.progress.test');
    await testMailServer(session, serverId);
  }

  const later: Array<Promise<unknown>> = [];
  const activateMailjet = plan.mailjet.activate && !(plan.mailjet.existing === undefined && !plan.test);
  if (activateMailjet) later.push(session.execute('ir.mail_server', 'write', [[serverId], { active: true }]));
  if (plan.fallback) {
    const fallback = plan.fallback;
    later.push(
      writeServer(session, fallback, true).then(async ({ id, writes }) => {
        applied += writes;
        if (fallback.existing && fallback.activate) {
          await session.execute('ir.mail_server', 'write', [[id], { active: true }]);
          applied += 1;
        }
      }),
    );
  }
  for (const parameter of plan.parameters) {
    const value = parameter.to === NEW_SERVER_ID ? String(serverId) : parameter.to;
    later.push(session.execute('ir.config_parameter', 'set_param', [parameter.key, value]));
  }
  if (later.length) {
    next('odoo.progress.activate');
    await Promise.all(later);
    applied += later.length - (plan.fallback ? 1 : 0);
  }

  // Last, once Email Marketing points at the kept record: Odoo refuses to archive its dedicated server.
  let warnings: Warning[] = [];
  if (plan.archive.length) {
    next('odoo.progress.archive');
    const archived = await archiveServers(session, plan.archive, plan.mailjet.existing?.name ?? MAILJET_SERVER_NAME);
    applied += archived.writes;
    warnings = archived.warnings;
  }
  progress('odoo.progress.done', total, total);
  return { serverId, applied, warnings };
}
