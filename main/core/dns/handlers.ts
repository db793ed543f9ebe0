import type { dnsChannels } from '@shared/contract/dns';
import { normaliseDomain } from '@shared/dns/domain';
import { isDnsExportFormat } from '@shared/dns/export-formats';
import { dnsExportFile } from '@shared/dns/formats/export';
import { providerForm } from '@shared/dns/provider-form';
import { providerIdFrom } from '@shared/dns/providers';
import { prepareRecords, type RecordsRequest } from '@shared/dns/records';
import { AppError } from '@shared/errors';
import { translatorFor } from '../translator';
import { languageFromLocale, type Language } from '@shared/languages';
import type { CallContext, CoreDeps, HandlerTable } from '../context';
import { checkPublication } from './check';
import { lookupExistingRecords } from './existing-records';
import { planServers, type LookupOptions } from './server-plan';

// The DNS channels. Preparing records is pure and needs no network unless the caller asks to read the
// published SPF and DMARC first; the check and provider detection ask DNS.

type RecordsInput = RecordsRequest & {
  provider?: string | undefined;
  lookupExisting?: boolean | undefined;
  resolver?: string | undefined;
};
type ExistingSource = 'pasted' | 'dns' | 'none';

export function createDnsHandlers(deps: CoreDeps): HandlerTable<keyof typeof dnsChannels> {
  const lookupOptions = (context: CallContext, resolver?: string): LookupOptions => {
    const chosen = resolver?.trim() || deps.endpoints.dnsResolver || deps.settings.read().dns?.resolver;
    const bootstrap = deps.endpoints.dnsBootstrap
      ?.split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    return {
      ...(chosen ? { resolver: chosen } : {}),
      ...(bootstrap?.length ? { bootstrap } : {}),
      ...(deps.endpoints.dnsNameserverPort ? { nameserverPort: deps.endpoints.dnsNameserverPort } : {}),
      signal: context.signal,
      progress: context.progress,
    };
  };

  /** The request with what DNS already publishes filled in, when asked to look; pasted text wins. */
  const completeRequest = async (input: RecordsInput, context: CallContext) => {
    const { provider: _provider, lookupExisting: _lookup, resolver, ...fields } = input;
    const request: RecordsRequest = { ...fields };
    const pasted = { spf: !!input.existingSpf?.trim(), dmarc: !!input.existingDmarc?.trim() };
    const existing: Record<'spf' | 'dmarc', ExistingSource> = {
      spf: pasted.spf ? 'pasted' : 'none',
      dmarc: pasted.dmarc ? 'pasted' : 'none',
    };
    if (input.lookupExisting && !(pasted.spf && pasted.dmarc)) {
      const found = await lookupExistingRecords(normaliseDomain(input.domain).ascii, lookupOptions(context, resolver));
      if (!pasted.spf && found.spf) {
        request.existingSpf = found.spf;
        existing.spf = 'dns';
      }
      if (!pasted.dmarc && found.dmarc) {
        request.existingDmarc = found.dmarc;
        existing.dmarc = 'dns';
      }
    }
    return { request, existing };
  };

  const language = (chosen?: Language): Language =>
    chosen ?? deps.settings.language() ?? languageFromLocale(deps.systemLocale);

  return {
    dnsRecords: async (input, context) => {
      const provider = providerIdFrom(input.provider);
      const { request, existing } = await completeRequest(input, context);
      const prepared = prepareRecords(request);
      return { ...prepared, form: providerForm(prepared, provider), existing };
    },

    dnsExport: async (input, context) => {
      const { format, language: chosen, ...rest } = input;
      if (!isDnsExportFormat(format)) throw new AppError('dns.unknown-format', { value: String(format) });
      const provider = providerIdFrom(rest.provider);
      const { request } = await completeRequest(rest, context);
      const prepared = prepareRecords(request);
      const i18n = await translatorFor(language(chosen));
      const t = i18n.t.bind(i18n);
      const file = dnsExportFile(format, {
        t,
        prepared,
        form: providerForm(prepared, provider),
        generatedAt: new Date().toISOString().slice(0, 10),
      });
      return { format, ...file };
    },

    dnsCheck: async (input, context) => {
      const { resolver, ...request } = input;
      const report = await checkPublication(request, lookupOptions(context, resolver));
      try {
        deps.settings.patch({
          dns: {
            domain: report.domain.ascii,
            lastCheck: {
              at: report.checkedAt,
              domain: report.domain.ascii,
              ok: report.ok,
              failing: [
                ...new Set(report.records.filter((record) => record.status !== 'ok').map((record) => record.purpose)),
              ],
            },
          },
        });
      } catch (error) {
        // The check itself succeeded; failing to remember it must not hide the answer from the user.
        deps.log.log('warn', 'dnsCheck: could not save the last check', error);
      }
      return report;
    },

    dnsDetectProvider: async (input, context) => {
      const domain = normaliseDomain(input.domain).ascii;
      const plan = await planServers(domain, lookupOptions(context, input.resolver));
      try {
        await plan.identify();
        return { domain, nameservers: plan.nameservers, provider: plan.detectedProvider };
      } finally {
        plan.dispose();
      }
    },
  };
}
