import { checkPublication, type CheckOptions } from '@main/core/dns/check';
import type { RecordsRequest } from '@shared/dns/records';
import { MAILJET_VALUES, startServers } from '../integration/dns/fixtures';
import type { Measurement } from './run';

// The publication check against the loopback DNS servers: one parallel wave against the same check
// asked one question at a time, with answers as fast as loopback gives them and with a simulated
// 20 ms round trip (what a real nameserver costs); then the time one dead nameserver adds.

const REQUEST: RecordsRequest = {
  domain: 'allgood.it',
  mailjet: MAILJET_VALUES,
  odooOnline: true,
  dmarcRua: 'dmarc@allgood.it',
};
const RUNS = 5;

async function timed(request: RecordsRequest, options: CheckOptions): Promise<{ ms: number; queries: number }> {
  const times: number[] = [];
  let queries = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    const report = await checkPublication(request, options);
    times.push(performance.now() - start);
    queries = report.queries;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, queries };
}

export async function run(): Promise<Measurement[]> {
  const servers = await startServers();
  try {
    const resolver = { resolver: servers.main.address };
    const nameservers = { bootstrap: [servers.main.address], nameserverPort: servers.main.port };
    const out: Measurement[] = [];

    const compare = async (label: string, request: RecordsRequest, options: CheckOptions) => {
      const parallel = await timed(request, options);
      const sequential = await timed(request, { ...options, concurrency: 1 });
      out.push(
        {
          name: `${label}: parallel wave, median of ${RUNS}`,
          value: parallel.ms,
          unit: 'ms',
          note: `${parallel.queries} DNS queries`,
        },
        {
          name: `${label}: one question at a time`,
          value: sequential.ms,
          unit: 'ms',
          note: `${sequential.queries} DNS queries`,
        },
        { name: `${label}: sequential / parallel`, value: sequential.ms / parallel.ms, unit: 'x' },
      );
    };

    await compare('5 records, named server, loopback', REQUEST, resolver);
    servers.main.setFault('*', { mode: 'slow', delayMs: 20 });
    await compare('5 records, named server, 20 ms RTT', REQUEST, resolver);
    await compare(
      '5 records, 2 nameservers found via NS, 20 ms RTT',
      { ...REQUEST, domain: 'moving.it', dmarcRua: 'dmarc@moving.it' },
      nameservers,
    );
    servers.main.setFault('*', null);

    // Production timeouts: what a user waits for when one of the two nameservers is gone.
    const healthy = await timed({ ...REQUEST, domain: 'moving.it', dmarcRua: 'dmarc@moving.it' }, nameservers);
    const withDead = await timed({ ...REQUEST, domain: 'deleg.it', dmarcRua: 'dmarc@deleg.it' }, nameservers);
    out.push(
      { name: 'check with 2 live nameservers', value: healthy.ms, unit: 'ms', note: `${healthy.queries} DNS queries` },
      {
        name: 'check with 1 live + 1 dead nameserver',
        value: withDead.ms,
        unit: 'ms',
        note: `${withDead.queries} DNS queries`,
      },
      {
        name: 'time lost to the dead nameserver',
        value: withDead.ms - healthy.ms,
        unit: 'ms',
        note: 'one timeout budget (1200 ms, 1 try), not one per record',
      },
    );
    return out;
  } finally {
    await servers.stop();
  }
}
