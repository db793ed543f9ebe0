import { AppError } from '@shared/errors';
import { callChannel } from './call-channel';
import { ODOO } from './commands';
import { EXIT, type CliCommand, type CliContext } from './framework';
import { changeLines } from '@shared/odoo/change-wording';
import { sendTestAdvice, sendTestNotices, sendTestTimeline } from '@shared/odoo/send-test-timeline';
import { neutralise, shortInput } from './terminal-text';

// `mailjet-odoo odoo ...`: the Odoo step from a terminal. Every command goes through the same dispatch
// as the other faces (input checked by the contract, errors as codes), then prints for people or JSON.

type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

const text = (values: Values, name: string) =>
  typeof values[name] === 'string' ? (values[name] as string) : undefined;

function connection(values: Values) {
  return Object.fromEntries(
    ['url', 'db', 'login'].flatMap((name) => (text(values, name) ? [[name, text(values, name)]] : [])),
  );
}

function apiKey(context: CliContext, values: Values): { apiKey?: string } {
  const key = text(values, 'api-key') ?? context.io.env.MAILJET_API_KEY;
  return key ? { apiKey: key } : {};
}

function choice<T extends string | number>(
  values: Values,
  name: string,
  allowed: readonly T[],
  parse: (raw: string) => T,
): T | undefined {
  const raw = text(values, name);
  if (raw === undefined) return undefined;
  const value = parse(raw);
  if (!allowed.includes(value))
    throw new AppError('cli.invalid-option', { option: name, value: shortInput(raw), allowed: allowed.join(' | ') });
  return value;
}

function printWarnings(
  context: CliContext,
  warnings: Array<{ code: string; params?: Record<string, string | number> | undefined }>,
): void {
  if (!warnings.length) return;
  context.print(context.t('cli.commands.odoo.setup.warningsTitle'));
  for (const warning of warnings)
    context.print(`  * ${context.t(`odoo.warnings.${warning.code}`, warning.params ?? {})}`);
}

const info: CliCommand = {
  ...ODOO.info,
  async run(context, values) {
    const { t } = context;
    const result = await callChannel(context, 'odooConnect', connection(values));
    const exit = result.neutralized ? EXIT.checkFailed : EXIT.done;
    if (context.json) {
      context.printJson({ ok: true, ...result });
      return exit;
    }
    context.print(
      t('cli.commands.odoo.info.version', {
        version: result.version.label,
        url: result.url,
        db: result.db,
        login: result.login,
      }),
    );
    context.print(
      t('cli.commands.odoo.info.transport', { transport: result.transport === 'json-2' ? 'JSON-2' : 'XML-RPC' }),
    );
    for (const notice of result.notices) context.print(t(`odoo.warnings.${notice.code}`, notice.params ?? {}));
    if (result.support === 'newer') context.print(t('cli.commands.odoo.info.newer'));
    if (result.neutralized) context.print(t('cli.commands.odoo.info.neutralized'));
    context.print(
      result.addresses
        ? t('cli.commands.odoo.info.addresses', result.addresses)
        : t('cli.commands.odoo.info.noAddresses'),
    );
    context.print(t('cli.commands.odoo.info.serversTitle'));
    if (!result.servers.length) context.print(t('cli.commands.odoo.info.noServers'));
    for (const server of result.servers) {
      context.print(
        t('cli.commands.odoo.info.server', {
          id: server.id,
          name: server.name,
          host: server.host || '-',
          port: server.port,
          encryption: server.encryption,
          filter: server.fromFilter || '-',
          sequence: server.sequence,
          kind: t(`odoo.serverKinds.${server.kind}`),
          archived: server.active ? '' : t('cli.commands.odoo.info.archived'),
        }),
      );
    }
    const massMailing = result.massMailing;
    const state = !massMailing.installed
      ? t('cli.commands.odoo.info.notInstalled')
      : massMailing.dedicated && massMailing.serverId
        ? t('cli.commands.odoo.info.dedicated', { id: massMailing.serverId })
        : t('cli.commands.odoo.info.noDedicated');
    context.print(t('cli.commands.odoo.info.massMailing', { state }));
    return exit;
  },
};

const setup: CliCommand = {
  ...ODOO.setup,
  async run(context, values) {
    const { t } = context;
    const port = choice(values, 'port', [465, 587] as const, Number);
    const purpose = choice(values, 'purpose', ['all', 'mass-mailing'] as const, (raw) => raw as 'all');
    const input = {
      ...connection(values),
      ...apiKey(context, values),
      ...(port ? { port } : {}),
      ...(purpose ? { purpose } : {}),
      ...(text(values, 'domain') ? { domain: text(values, 'domain') } : {}),
      ...(values['keep-odoo-server'] === true ? { keepOdooForTransactional: true } : {}),
      ...(values['skip-test'] === true ? { test: false } : {}),
    };
    if (values['dry-run'] === true) {
      const plan = await callChannel(context, 'odooPlan', input);
      if (context.json) {
        context.printJson({ ok: true, dryRun: true, ...plan });
        return EXIT.done;
      }
      context.print(
        plan.upToDate
          ? t('cli.commands.odoo.setup.upToDate')
          : t('cli.commands.odoo.setup.dryRunTitle', { db: plan.db }),
      );
      if (!plan.upToDate)
        for (const change of plan.changes) for (const line of changeLines(t, change)) context.print(line);
      printWarnings(context, plan.warnings);
      return EXIT.done;
    }
    const result = await callChannel(context, 'odooSetup', input);
    if (context.json) {
      context.printJson({ ok: true, ...result });
      return EXIT.done;
    }
    if (result.upToDate) context.print(t('cli.commands.odoo.setup.upToDate'));
    else for (const change of result.changes) for (const line of changeLines(t, change)) context.print(line);
    if (result.tested) context.print(t('cli.commands.odoo.setup.tested'));
    context.print(t('cli.commands.odoo.setup.done', { id: result.serverId, count: result.applied }));
    printWarnings(context, result.warnings);
    return EXIT.done;
  },
};

const test: CliCommand = {
  ...ODOO.test,
  async run(context, values) {
    const server = text(values, 'server');
    if (server !== undefined && !/^[1-9]\d*$/.test(server))
      throw new AppError('cli.invalid-option', { option: 'server', value: shortInput(server), allowed: '1, 2, 3 …' });
    const result = await callChannel(context, 'odooTest', {
      ...connection(values),
      ...apiKey(context, values),
      ...(server ? { serverId: Number(server) } : {}),
    });
    if (context.json) context.printJson({ ok: true, ...result });
    else context.print(context.t('cli.commands.odoo.test.passed', { id: result.serverId }));
    return EXIT.done;
  },
};

/** `odoo send-test`: one real e-mail through Odoo, followed at Mailjet; exit 0 only when Mailjet sent it. */
const sendTest: CliCommand = {
  ...ODOO.sendTest,
  async run(context, values) {
    const { t } = context;
    const wait = text(values, 'wait');
    if (wait !== undefined && !(/^\d{1,3}$/.test(wait) && Number(wait) <= 600)) {
      throw new AppError('cli.invalid-option', { option: 'wait', value: shortInput(wait), allowed: '0 … 600' });
    }
    const result = await callChannel(context, 'odooSendTest', {
      ...connection(values),
      to: text(values, 'to'),
      ...(text(values, 'from') ? { from: text(values, 'from') } : {}),
      ...(wait !== undefined ? { waitSeconds: Number(wait) } : {}),
      language: context.language,
    });
    const exit = result.outcome === 'delivered' ? EXIT.done : EXIT.checkFailed;
    if (context.json) {
      context.printJson({ ok: result.outcome === 'delivered', ...result });
      return exit;
    }
    context.print(
      t('cli.commands.odoo.sendTest.reference', { reference: result.reference, from: result.from, to: result.to }),
    );
    for (const step of sendTestTimeline(result))
      context.print(`  ${step.state === 'done' ? '✓' : '✗'} ${t(step.key, step.params)}`);
    const advice = sendTestAdvice(result, wait !== undefined ? Number(wait) : 120);
    context.print(t(advice.titleKey, advice.params));
    context.print(t(advice.nextKey, advice.params));
    for (const notice of sendTestNotices(result)) context.print(t(notice.key, notice.params));
    return exit;
  },
};

const guide: CliCommand = {
  ...ODOO.guide,
  async run(context, values) {
    const { t } = context;
    const port = choice(values, 'port', [465, 587] as const, Number);
    const purpose = choice(values, 'purpose', ['all', 'mass-mailing'] as const, (raw) => raw as 'all');
    const major = choice(values, 'version', [16, 17, 18, 19] as const, (raw) => Number.parseInt(raw, 10) as 16);
    const result = await callChannel(context, 'odooGuide', {
      ...(port ? { port } : {}),
      ...(purpose ? { purpose } : {}),
      ...(major ? { major } : {}),
      ...(text(values, 'domain') ? { domain: text(values, 'domain') } : {}),
    });
    if (context.json) {
      context.printJson({ ok: true, ...result });
      return EXIT.done;
    }
    result.steps.forEach((step, i) => {
      context.print(`${i + 1}. ${t(step.titleKey, step.params ?? {})}`);
      context.print(`   ${t(step.bodyKey, step.params ?? {})}`);
      for (const field of step.fields ?? []) {
        const value =
          field.value.kind === 'text'
            ? neutralise(field.value.text)
            : field.value.kind === 'label'
              ? t(field.value.key)
              : field.value.kind === 'keychain'
                ? t('cli.commands.odoo.guide.keychainValue')
                : `(${t('cli.commands.odoo.guide.unknownValue')})`;
        context.print(`   - ${t(field.labelKey)}: ${value}`);
        if (field.noteKey) context.print(`     ${t(field.noteKey, field.noteParams ?? {})}`);
      }
    });
    return EXIT.done;
  },
};

const databases: CliCommand = {
  ...ODOO.databases,
  async run(context, values) {
    const result = await callChannel(context, 'odooDatabases', { url: text(values, 'url') });
    if (context.json) context.printJson({ ok: true, ...result });
    else if (!result.listed) context.print(context.t('cli.commands.odoo.databases.notListed'));
    else for (const name of result.databases) context.print(neutralise(name));
    return EXIT.done;
  },
};

export const odooCommands: CliCommand[] = [info, setup, test, sendTest, guide, databases];
