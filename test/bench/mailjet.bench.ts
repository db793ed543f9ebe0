import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createMailjetHandlers } from '@main/core/mailjet/handlers';
import { startMailjetStandIn, type MailjetStandIn, type RecordedRequest } from '@main/sandbox/mailjet/server';
import type { Measurement } from './run';
import { testDeps } from '../support/core';

// The full Mailjet setup against the stand-in with 100 ms per request, three ways: a first run before
// the records are published (fresh), a first run on a domain whose records are already in its DNS
// (published: it ends complete), and a rerun on a finished domain. Sequential round trips are read from the stand-in's log: a request is one step deeper than
// the deepest request that had already been answered when it started.

const LATENCY_MS = 100;

/** The least number of dependent round trips each run needs (see main/core/mailjet/setup.ts). */
const CRITICAL_PATH = { fresh: 4, published: 4, rerun: 1 } as const;

export function roundTrips(requests: RecordedRequest[]): number {
  const depth = new Map<RecordedRequest, number>();
  const ordered = [...requests].sort((a, b) => a.startedAt - b.startedAt);
  for (const request of ordered) {
    const before = ordered.filter(
      (other) => other !== request && other.endedAt > 0 && other.endedAt <= request.startedAt,
    );
    depth.set(request, 1 + Math.max(0, ...before.map((other) => depth.get(other) ?? 0)));
  }
  return Math.max(0, ...depth.values());
}

/** A DNS where every record Mailjet asks for is already published, as if the user had done it first. */
function publishedEverywhere(standIn: () => MailjetStandIn) {
  return async (name: string) => {
    const bare = name.toLowerCase().replace(/\.$/, '');
    for (const dns of standIn().control.account().dnsRecords) {
      if (bare === dns.OwnerShipTokenRecordName.replace(/\.$/, '')) return [dns.OwnerShipToken];
      if (bare === dns.DKIMRecordName) return [dns.DKIMRecordValue];
      if (bare === dns.Domain) return [dns.SPFRecordValue];
    }
    return [];
  };
}

async function measure(name: keyof typeof CRITICAL_PATH): Promise<Measurement[]> {
  const account = { apiKey: 'benchkey00000000', secretKey: 'bench-secret-0000000000' };
  const standIn: MailjetStandIn = await startMailjetStandIn({
    accounts: [account],
    ...(name === 'published' ? { lookupTxt: publishedEverywhere(() => standIn) } : {}),
  });
  const { deps, dataDir: dir } = testDeps({
    face: 'cli',
    systemLocale: 'en',
    endpoints: { mailjetApiUrl: standIn.url },
  });
  try {
    deps.settings.patch({ mailjet: { apiKey: account.apiKey } });
    await deps.keychain.set('mailjet', account.secretKey);
    const handlers = createMailjetHandlers(deps);
    const context = { signal: new AbortController().signal, progress: () => {} };
    const setup = () => handlers.mailjetSetup({ domain: 'example.it' }, context);
    if (name === 'rerun') {
      await setup();
      standIn.control.publishDns('example.it');
      await setup();
    }
    standIn.control.resetRequests();
    standIn.control.setLatency(LATENCY_MS);
    const started = performance.now();
    const report = await setup();
    const wall = performance.now() - started;
    const trips = roundTrips(standIn.requests);
    const critical = CRITICAL_PATH[name];
    return [
      {
        name: `${name}: requests`,
        value: standIn.requests.length,
        unit: 'requests',
        note: `complete: ${report.complete}`,
      },
      { name: `${name}: sequential round trips`, value: trips, unit: 'trips', note: `critical path ${critical}` },
      {
        name: `${name}: wall time`,
        value: Math.round(wall),
        unit: 'ms',
        note: `all requests one after another: ${standIn.requests.length * LATENCY_MS} ms`,
      },
      {
        name: `${name}: wall time / (critical path × ${LATENCY_MS} ms)`,
        value: wall / (critical * LATENCY_MS),
        unit: 'x',
        note: 'goal: close to 1',
      },
    ];
  } finally {
    await standIn.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<Measurement[]> {
  // One unmeasured pass first: the first calls of a process pay for loading and compiling node-mailjet.
  await measure('fresh');
  return [...(await measure('fresh')), ...(await measure('published')), ...(await measure('rerun'))];
}
