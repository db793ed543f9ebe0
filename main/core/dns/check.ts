import type { ChannelOutput } from '@shared/contract';
import { MAILJET_DKIM_LABEL, prepareRecords, type PreparedRecords, type RecordsRequest } from '@shared/dns/records';
import { mailjetIncludes, ODOO_SPF_INCLUDE } from '@shared/dns/spf-merge';
import { absoluteName } from '@shared/dns/names';
import { AppError } from '@shared/errors';
import { askUntilAnswered } from './authority';
import {
  doubledName,
  judge,
  mergeServerVerdicts,
  probesNeeded,
  type Expectation,
  type Probes,
  type Verdict,
} from './diagnose';
import { createLimiter } from './limiter';
import type { Answer, NameserverClient } from './nameserver-client';
import { ANSWERED, planServers, serviceError, type LookupOptions, type ServerPlan } from './server-plan';
import { countSpfLookupsOnline } from './spf-lookups';

// The publication check: every expected record asked of every nameserver in one parallel wave, then
// one more wave only for the records that are not right, to find out why (a doubled domain, a CNAME
// where a TXT belongs, too many SPF lookups). Every question has a bounded timeout, and a server that
// timed out once is not asked again, so a dead nameserver costs one timeout, not one per record.

export interface CheckOptions extends LookupOptions {
  /** At most this many questions in flight: Infinity normally, 1 for the benchmark's sequential baseline. */
  concurrency?: number;
  now?: () => Date;
}

/** What `dnsCheck` answers: the contract declares it once, the check builds exactly that. */
export type CheckReport = ChannelOutput<'dnsCheck'>;
type RecordReport = CheckReport['records'][number];

/** What the check looks for: the prepared records, plus a DKIM key of any value when Mailjet's is not known yet. */
function expectationsFor(prepared: PreparedRecords, request: RecordsRequest): Expectation[] {
  const list: Expectation[] = [];
  const includes = [...(request.odooOnline ? [ODOO_SPF_INCLUDE] : []), ...mailjetIncludes(request.mailjet?.spfValue)];
  for (const record of prepared.records) {
    list.push({
      purpose: record.purpose,
      type: record.type,
      name: record.name,
      expected: record.value,
      ...(record.purpose === 'spf' ? { includes } : {}),
    });
  }
  if (!list.some((item) => item.purpose === 'dkim')) {
    const name = absoluteName(
      request.mailjet?.dkimName?.trim() || MAILJET_DKIM_LABEL,
      prepared.domain.ascii,
      'dkim-name',
    );
    list.splice(list.findIndex((item) => item.purpose === 'spf') + 1, 0, {
      purpose: 'dkim',
      type: 'TXT',
      name,
      expected: null,
    });
  }
  return list;
}

type ServerAnswer = { server: NameserverClient; answer: Answer };

async function askEveryServer(
  expectations: Expectation[],
  servers: NameserverClient[],
  run: <T>(task: () => Promise<T>) => Promise<T>,
  options: CheckOptions,
): Promise<ServerAnswer[][]> {
  const total = expectations.length * servers.length;
  let done = 0;
  return Promise.all(
    expectations.map((expectation) =>
      Promise.all(
        servers.map((server) =>
          run(async () => {
            const answer = await server.ask(expectation.name, expectation.type, options.signal);
            done += 1;
            options.progress?.('dns.progress.records', { name: expectation.name }, done, total);
            return { server, answer };
          }),
        ),
      ),
    ),
  );
}

const nobodyAnswered = (answers: ServerAnswer[][]) =>
  answers.every((perServer) => perServer.every(({ answer }) => !ANSWERED.has(answer.outcome)));

async function gatherProbes(
  expectation: Expectation,
  primary: Answer,
  preliminary: Verdict,
  answering: NameserverClient[],
  plan: ServerPlan,
  domain: string,
  run: <T>(task: () => Promise<T>) => Promise<T>,
  signal?: AbortSignal,
): Promise<Probes> {
  const probes: Probes = {};
  const needed = probesNeeded(expectation, primary);
  const work: Array<Promise<void>> = [];
  if (needed.doubled) {
    work.push(
      run(
        async () =>
          void (probes.doubled = await askUntilAnswered(
            answering,
            doubledName(expectation.name, domain),
            expectation.type,
            signal,
          )),
      ),
    );
  }
  if (needed.otherType) {
    const otherType = needed.otherType;
    work.push(
      run(async () => {
        probes.otherType = await askUntilAnswered(answering, expectation.name, otherType, signal);
        const target =
          otherType === 'CNAME' && probes.otherType.outcome === 'answer' ? probes.otherType.values[0] : undefined;
        if (target) probes.cnameTargetTxt = await askUntilAnswered(plan.recursive, target, 'TXT', signal);
      }),
    );
  }
  if (expectation.purpose === 'spf' && preliminary.status === 'ok' && preliminary.found[0]) {
    const spf = preliminary.found[0];
    work.push(
      (async () =>
        void (probes.spfLookups = await countSpfLookupsOnline(spf, (name) =>
          run(() => askUntilAnswered(plan.recursive, name, 'TXT', signal)),
        )))(),
    );
  }
  await Promise.all(work);
  return probes;
}

export async function checkPublication(request: RecordsRequest, options: CheckOptions = {}): Promise<CheckReport> {
  const prepared = prepareRecords(request);
  const domain = prepared.domain.ascii;
  const expectations = expectationsFor(prepared, request);
  const run = createLimiter(options.concurrency ?? Number.POSITIVE_INFINITY);
  const plan = await planServers(domain, options);
  try {
    // Asked beside the records, not before them: one round trip less.
    const identified = run(() => plan.identify()).catch(() => undefined);
    let answers = await askEveryServer(expectations, plan.servers, run, options);
    if (nobodyAnswered(answers) && plan.fallBack())
      answers = await askEveryServer(expectations, plan.servers, run, options);
    if (nobodyAnswered(answers))
      throw serviceError(
        answers.flat().map(({ answer }) => answer.outcome),
        plan.servers,
      );
    const apex = answers[expectations.findIndex((item) => item.purpose === 'spf')]!.filter(({ answer }) =>
      ANSWERED.has(answer.outcome),
    );
    if (apex.length && apex.every(({ answer }) => answer.outcome === 'nxdomain'))
      throw new AppError('dns.domain-not-found', { domain: prepared.domain.unicode });

    options.progress?.('dns.progress.diagnosis', { domain });
    const records = await Promise.all(
      expectations.map(async (expectation, i): Promise<RecordReport> => {
        const perServer = answers[i]!;
        const answering = perServer.filter(({ answer }) => ANSWERED.has(answer.outcome));
        const base = { purpose: expectation.purpose, type: expectation.type, name: expectation.name };
        if (!answering.length) {
          const { answer } = perServer[0]!;
          return { ...base, lookup: answer.outcome, ...judge(expectation, answer, domain) };
        }
        const merged = mergeServerVerdicts(
          answering.map(({ server, answer }) => ({ server: server.name, verdict: judge(expectation, answer, domain) })),
        );
        const primary = answering[0]!.answer;
        if (merged.status === 'propagating') return { ...base, lookup: primary.outcome, ...merged };
        const probes = await gatherProbes(
          expectation,
          primary,
          merged,
          answering.map(({ server }) => server),
          plan,
          domain,
          run,
          options.signal,
        );
        return { ...base, lookup: primary.outcome, ...judge(expectation, primary, domain, probes) };
      }),
    );

    await identified;
    return {
      domain: prepared.domain,
      ok: records.every((record) => record.status === 'ok'),
      checkedAt: (options.now?.() ?? new Date()).toISOString(),
      source: plan.source,
      servers: plan.servers.map((server) => {
        const mine = answers.flatMap((perServer) =>
          perServer.filter((entry) => entry.server === server).map((entry) => entry.answer.outcome),
        );
        const answered = mine.some((outcome) => ANSWERED.has(outcome));
        const failure = server.failure ?? (answered ? undefined : mine[0]);
        return { name: server.name, address: server.address, answered, ...(failure ? { failure } : {}) };
      }),
      detectedProvider: plan.detectedProvider,
      queries: plan.counter.queries,
      records,
    };
  } finally {
    plan.dispose();
  }
}
