import { isDmarcRecord } from '@shared/dns/dmarc';
import { isSpfRecord } from '@shared/dns/spf';
import type { LookupOutcome } from '@shared/dns/vocabulary';
import { AppError } from '@shared/errors';
import { ANSWERED, planServers, serviceError, type LookupOptions } from './server-plan';

// Before preparing the records online, read what the domain already publishes, so the SPF is merged
// into the real record and an existing DMARC policy is kept, without the user pasting anything.

export interface ExistingRecords {
  spf?: string;
  dmarc?: string;
}

export async function lookupExistingRecords(domain: string, options: LookupOptions): Promise<ExistingRecords> {
  const plan = await planServers(domain, options);
  try {
    const failures: LookupOutcome[] = [];
    const ask = () =>
      Promise.all(
        [domain, `_dmarc.${domain}`].map(async (name) => {
          for (const server of plan.servers) {
            const answer = await server.ask(name, 'TXT', options.signal);
            if (ANSWERED.has(answer.outcome)) return answer;
            failures.push(answer.outcome);
          }
          return null;
        }),
      );
    let [apex, dmarc] = await ask();
    if (!apex && !dmarc && plan.fallBack()) [apex, dmarc] = await ask();
    if (!apex && !dmarc) throw serviceError(failures, plan.servers);
    if (apex?.outcome === 'nxdomain') throw new AppError('dns.domain-not-found', { domain });
    const spfs = apex?.values.filter(isSpfRecord) ?? [];
    if (spfs.length > 1) throw new AppError('dns.spf-multiple-published', { count: spfs.length });
    const dmarcs = dmarc?.values.filter(isDmarcRecord) ?? [];
    return { ...(spfs[0] ? { spf: spfs[0] } : {}), ...(dmarcs.length ? { dmarc: dmarcs.join('\n') } : {}) };
  } finally {
    plan.dispose();
  }
}
