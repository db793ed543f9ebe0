import { DNS_API_PROVIDERS, type PublishPlan } from '@shared/contract/publish';
import { AppError } from '@shared/errors';
import { callChannel } from './call-channel';
import { DNS } from './commands';
import { EXIT, type CliCommand, type CliContext } from './framework';
import { neutralise, shortInput } from './terminal-text';

// mailjet-odoo dns publish: the records written through the DNS provider's API. Running it is the
// consent (the wizard asks on screen); --dry-run only reads the zone and prints the plan.

type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;
const text = (values: Values, option: string) =>
  typeof values[option] === 'string' ? (values[option] as string) : undefined;

function printPlan(context: CliContext, plan: PublishPlan, applied: boolean): void {
  const { t } = context;
  const key = 'cli.commands.dns.publish';
  const provider = plan.provider === 'cloudflare' ? 'Cloudflare' : 'OVHcloud';
  context.print(t(`${key}.heading`, { provider, zone: plan.zone, count: plan.changes.length }));
  for (const change of plan.changes) {
    const what = t(`${key}.${change.action}`, {
      type: change.type,
      name: neutralise(change.name),
      purpose: t(`dns.purposes.${change.purpose}.title`),
    });
    context.print(`  ${change.action === 'create' ? '+' : '~'} ${what}`);
    if (change.previous !== undefined) context.print(`      ${t(`${key}.was`)} ${neutralise(change.previous)}`);
    context.print(`      ${t(`${key}.now`)} ${neutralise(change.value)}`);
  }
  for (const record of plan.unchanged)
    context.print(
      `  = ${t(`${key}.unchanged`, { name: neutralise(record.name), purpose: t(`dns.purposes.${record.purpose}.title`) })}`,
    );
  for (const decision of plan.decisions) {
    context.print(
      `  ! ${t(`${key}.decision.${decision.code}`, { name: neutralise(decision.name), count: decision.found.length })}`,
    );
    for (const value of decision.found) context.print(`      ${neutralise(value)}`);
  }
  if (plan.pending.length)
    context.print(
      t(`${key}.pending`, { purposes: plan.pending.map((purpose) => t(`dns.purposes.${purpose}.title`)).join(', ') }),
    );
  context.print('');
  if (plan.decisions.length) context.print(t(`${key}.stopped`));
  else if (!applied) context.print(t(`${key}.dryRun`));
  else
    context.print(
      plan.changes.length ? t(`${key}.done`, { count: plan.changes.length, domain: plan.zone }) : t(`${key}.nothing`),
    );
}

const publish: CliCommand = {
  ...DNS.publish,
  async run(context, values) {
    const provider = text(values, 'provider')?.trim().toLowerCase() ?? '';
    if (!(DNS_API_PROVIDERS as readonly string[]).includes(provider)) {
      throw new AppError('cli.invalid-option', {
        option: 'provider',
        value: shortInput(provider),
        allowed: DNS_API_PROVIDERS.join(' | '),
      });
    }
    // Imported when the command runs: dns.ts lists this command, so a static import would be a cycle.
    const { recordsRequest } = await import('./dns');
    const { existingSpf: _spf, existingDmarc: _dmarc, ...records } = recordsRequest(values);
    const zoneId = text(values, 'zone-id') ?? context.io.env.CLOUDFLARE_ZONE_ID;
    const input = { ...records, provider, ...(zoneId ? { zoneId } : {}) };
    if (values['dry-run'] === true) {
      const plan = await callChannel(context, 'dnsPublishPlan', input);
      if (context.json) context.printJson({ dryRun: true, ...plan });
      else printPlan(context, plan, false);
      return plan.decisions.length ? EXIT.checkFailed : EXIT.done;
    }
    try {
      const result = await callChannel(context, 'dnsPublishApply', input);
      if (context.json) context.printJson(result);
      else printPlan(context, result, true);
      return EXIT.done;
    } catch (error) {
      // Stopped before writing: show what needs the user's decision, which the error alone cannot carry.
      if (!(error instanceof AppError) || error.code !== 'publish.decision-needed') throw error;
      const plan = await callChannel(context, 'dnsPublishPlan', input);
      if (context.json) context.printJson({ ...plan, applied: [], writes: 0 });
      else printPlan(context, plan, false);
      return EXIT.checkFailed;
    }
  },
};

export const publishCommands: CliCommand[] = [publish];
