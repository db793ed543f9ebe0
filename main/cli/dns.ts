import type { TFunction } from 'i18next';
import type { ChannelOutput } from '@shared/contract';
import { isDnsExportFormat, type DnsExportFormat } from '@shared/dns/export-formats';
import { dnsExportFile } from '@shared/dns/formats/export';
import { providerForm, type FormRow } from '@shared/dns/provider-form';
import { PROVIDER_IDS, providerIdFrom, resolveProvider, type ProviderId } from '@shared/dns/providers';
import { prepareRecords, type PreparedRecords, type RecordsRequest } from '@shared/dns/records';
import { AppError } from '@shared/errors';
import { callChannel } from './call-channel';
import { DNS } from './commands';
import { publishCommands } from './dns-publish';
import { EXIT, type CliCommand, type CliContext } from './framework';
import { neutralise } from './terminal-text';

// mailjet-odoo dns records | check | providers. Preparing records is offline (shared code, as the wizard's
// preview) and never opens the settings or the keychain; only --lookup and the check need the core, which
// asks DNS, and they reach it through its channels like every other command.

type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

const text = (values: Values, name: string) =>
  typeof values[name] === 'string' ? (values[name] as string) : undefined;

const MAILJET_OPTIONS = [
  ['ownershipName', 'ownership-name'],
  ['ownershipValue', 'ownership-value'],
  ['dkimName', 'dkim-name'],
  ['dkimValue', 'dkim-value'],
] as const;

const REQUEST_OPTIONS = [
  ['existingSpf', 'existing-spf'],
  ['existingDmarc', 'existing-dmarc'],
  ['dmarcRua', 'dmarc-rua'],
] as const;

export function recordsRequest(values: Values): RecordsRequest {
  const mailjet = Object.fromEntries(
    MAILJET_OPTIONS.flatMap(([field, option]) =>
      text(values, option) !== undefined ? [[field, text(values, option)!]] : [],
    ),
  );
  const extra = Object.fromEntries(
    REQUEST_OPTIONS.flatMap(([field, option]) =>
      text(values, option) !== undefined ? [[field, text(values, option)!]] : [],
    ),
  );
  return {
    domain: text(values, 'domain') ?? '',
    ...(Object.keys(mailjet).length ? { mailjet } : {}),
    ...extra,
    ...(values['odoo-online'] === true ? { odooOnline: true } : {}),
  };
}

function formatFrom(values: Values, json: boolean): DnsExportFormat {
  if (json) return 'json';
  const format = (text(values, 'format') ?? 'text').trim().toLowerCase();
  if (!isDnsExportFormat(format)) throw new AppError('dns.unknown-format', { value: format.slice(0, 20) });
  return format;
}

/** The text export on a terminal: a value found with --lookup comes from the zone and is shown, not obeyed. */
function neutraliseRow(row: FormRow): FormRow {
  return {
    ...row,
    host: neutralise(row.host),
    value: neutralise(row.value),
    ...(row.hostAlternative !== undefined ? { hostAlternative: neutralise(row.hostAlternative) } : {}),
    ...(row.valueParts ? { valueParts: row.valueParts.map(neutralise) } : {}),
    ...(row.valueAlternative !== undefined ? { valueAlternative: neutralise(row.valueAlternative) } : {}),
    ...(row.previous !== undefined ? { previous: neutralise(row.previous) } : {}),
  };
}

/** The export as printed: the same table as the `dnsExport` channel's files, text rows shown, not obeyed. */
function render(t: TFunction, format: DnsExportFormat, prepared: PreparedRecords, provider: ProviderId): string {
  const form = providerForm(prepared, provider);
  const shown = format === 'text' ? { ...form, rows: form.rows.map(neutraliseRow) } : form;
  // The CSV file ends its lines with CRLF (RFC 4180); printed, a CR would show as "\x0d", so lines end as on any terminal.
  return dnsExportFile(format, {
    t,
    prepared,
    form: shown,
    generatedAt: new Date().toISOString().slice(0, 10),
  }).content.replace(/\r\n/g, '\n');
}

const records: CliCommand = {
  ...DNS.records,
  async run(context, values) {
    const format = formatFrom(values, context.json);
    const provider = providerIdFrom(text(values, 'provider'));
    const request = recordsRequest(values);
    const resolver = text(values, 'resolver');
    const prepared =
      values.lookup === true
        ? await callChannel(context, 'dnsRecords', {
            ...request,
            provider,
            lookupExisting: true,
            ...(resolver ? { resolver } : {}),
          })
        : prepareRecords(request);
    context.print(render(context.t, format, prepared, provider).replace(/\n$/, ''));
    return EXIT.done;
  },
};

function printReport(context: CliContext, report: ChannelOutput<'dnsCheck'>): void {
  const { t } = context;
  const servers = report.servers
    .map((server) => (server.name === server.address ? server.address : `${server.name} (${server.address})`))
    .join(', ');
  context.print(t('cli.commands.dns.check.heading', { domain: report.domain.unicode }));
  context.print(t(`cli.commands.dns.check.source.${report.source}`, { servers }));
  for (const server of report.servers.filter((item) => !item.answered)) {
    context.print(
      t('cli.commands.dns.check.silent', {
        server: server.name,
        failure: t(`dns.lookup.${server.failure ?? 'failed'}`),
      }),
    );
  }
  if (report.detectedProvider)
    context.print(t('cli.commands.dns.check.provider', { provider: resolveProvider(report.detectedProvider).name }));
  context.print('');
  for (const record of report.records) {
    const mark = record.status === 'ok' ? '✔' : '✘';
    context.print(`${mark} ${t(`dns.purposes.${record.purpose}.title`)} — ${t(`dns.status.${record.status}`)}`);
    // Names and values come from the zone (or from the options): neutralised, so a TXT value cannot
    // retitle or clear the terminal, nor start a line that looks like ours.
    context.print(
      `    ${t('cli.commands.dns.check.name')} ${record.type} ${neutralise(record.foundAt ?? record.name)}`,
    );
    if (record.status !== 'ok') {
      for (const value of record.found) context.print(`    ${t('cli.commands.dns.check.found')} ${neutralise(value)}`);
      if (record.expected !== null && record.expected !== record.found[0])
        context.print(`    ${t('cli.commands.dns.check.expected')} ${neutralise(record.expected)}`);
    }
    if (record.hint) context.print(`    → ${t(`dns.hints.${record.hint.code}`, { ...record.hint.params })}`);
  }
  context.print('');
  const right = report.records.filter((record) => record.status === 'ok').length;
  context.print(
    report.ok
      ? t('cli.commands.dns.check.allGood')
      : t('cli.commands.dns.check.tally', { count: right, total: report.records.length }),
  );
}

const check: CliCommand = {
  ...DNS.check,
  async run(context, values) {
    const resolver = text(values, 'resolver');
    const report = await callChannel(context, 'dnsCheck', {
      ...recordsRequest(values),
      ...(resolver ? { resolver } : {}),
    });
    if (context.json) {
      context.printJson({
        domain: report.domain.ascii,
        ok: report.ok,
        source: report.source,
        servers: report.servers,
        provider: report.detectedProvider,
        records: report.records.map((record) => ({
          purpose: record.purpose,
          type: record.type,
          name: record.name,
          status: record.status,
          found: record.found,
          ...(record.foundAt ? { foundAt: record.foundAt } : {}),
          expected: record.expected,
          hint: record.hint ? context.t(`dns.hints.${record.hint.code}`, { ...record.hint.params }) : null,
        })),
      });
    } else printReport(context, report);
    return report.ok ? EXIT.done : EXIT.checkFailed;
  },
};

const providers: CliCommand = {
  ...DNS.providers,
  async run(context) {
    const list = PROVIDER_IDS.map((id) => {
      const provider = resolveProvider(id);
      return {
        id,
        name: provider.name || context.t('dns.genericProvider'),
        ...provider.rules,
        unverified: provider.unverified,
      };
    });
    if (context.json) {
      context.printJson(list);
      return EXIT.done;
    }
    const idWidth = Math.max(...list.map((item) => item.id.length)) + 1;
    const nameWidth = Math.max(...list.map((item) => item.name.length)) + 1;
    for (const item of list) {
      const host = context.t(`cli.commands.dns.providers.host.${item.host}`);
      const quotes = context.t(`cli.commands.dns.providers.quotes.${item.quotes}`);
      const unsure = item.unverified.length ? ` ${context.t('cli.commands.dns.providers.unverified')}` : '';
      context.print(`${item.id.padEnd(idWidth)} ${item.name.padEnd(nameWidth)} ${host}, ${quotes}${unsure}`);
    }
    return EXIT.done;
  },
};

// The group's file for commands.ts: `dns publish` lives beside it, in dns-publish.ts.
export const dnsCommands: CliCommand[] = [records, check, providers, ...publishCommands];
