import type { PublishChange, PublishDecision, PublishPlan } from '@shared/contract/publish';
import { isDmarcRecord } from '@shared/dns/dmarc';
import { prepareRecords, type DnsRecord, type RecordsRequest } from '@shared/dns/records';
import { isSpfRecord } from '@shared/dns/spf';
import { quotedTxt } from '@shared/dns/txt';
import { AppError } from '@shared/errors';
import type { ProviderSession, ZoneRecord } from './provider';

// From what the zone holds to the exact changes: the records are the ones the offline path prepares
// (shared/dns/records.ts, with the SPF merge of spf-merge.ts fed the zone's one SPF record), and each
// becomes "create", "update that record" or nothing. Records the assistant does not own are never
// touched; where the zone is ambiguous (two SPF records…) the plan stops with a decision for the user.

export type PublishRequest = Omit<RecordsRequest, 'existingSpf' | 'existingDmarc'>;

interface PlannedChange extends PublishChange {
  /** The record an update changes. */
  target?: ZoneRecord;
}

export interface ComputedPlan extends Omit<PublishPlan, 'changes'> {
  changes: PlannedChange[];
}

const txtAt = (records: ZoneRecord[], name: string) =>
  records.filter((record) => record.type === 'TXT' && record.name === name);

export async function planPublication(
  request: PublishRequest,
  session: ProviderSession,
  signal: AbortSignal,
): Promise<ComputedPlan> {
  // A first pass with no existing records gives the names to read; the second is the real plan.
  const names = [...new Set(prepareRecords(request).records.map((record) => record.name))];
  const zoneRecords = await session.read(names, signal);
  const decisions: PublishDecision[] = [];

  const apex = prepareRecords(request).domain.ascii;
  if (apex !== session.zone) throw new AppError('publish.zone-not-found', { provider: session.provider });
  const spfRecords = txtAt(zoneRecords, apex).filter((record) => isSpfRecord(record.value));
  if (spfRecords.length > 1)
    decisions.push({ code: 'spf-multiple', name: apex, found: spfRecords.map((record) => record.value) });
  const dmarcRecords = txtAt(zoneRecords, `_dmarc.${apex}`).filter((record) => isDmarcRecord(record.value));
  if (dmarcRecords.length > 1)
    decisions.push({
      code: 'dmarc-multiple',
      name: `_dmarc.${apex}`,
      found: dmarcRecords.map((record) => record.value),
    });

  const prepared = prepareRecords({
    ...request,
    // quotedTxt: the zone's exact value, read back as one logical string by the pasted-text reader.
    ...(spfRecords.length === 1 ? { existingSpf: quotedTxt(spfRecords[0]!.value) } : {}),
    ...(dmarcRecords.length === 1 ? { existingDmarc: quotedTxt(dmarcRecords[0]!.value) } : {}),
  });

  const changes: PlannedChange[] = [];
  const unchanged: PublishPlan['unchanged'] = [];
  const keep = (record: DnsRecord) =>
    unchanged.push({ purpose: record.purpose, type: record.type, name: record.name, value: record.value });
  const create = (record: DnsRecord) =>
    changes.push({
      purpose: record.purpose,
      action: 'create',
      type: record.type,
      name: record.name,
      value: record.value,
      ttl: session.newRecordTtl,
    });
  const update = (record: DnsRecord, target: ZoneRecord) =>
    changes.push({
      purpose: record.purpose,
      action: 'update',
      type: record.type,
      name: record.name,
      value: record.value,
      ttl: target.ttl,
      previous: target.value,
      target,
    });

  for (const record of prepared.records) {
    if (record.purpose === 'spf' || record.purpose === 'dmarc') {
      const existing = record.purpose === 'spf' ? spfRecords : dmarcRecords;
      if (existing.length > 1) continue;
      if (record.action === 'keep') keep(record);
      else if (record.action === 'replace' && existing[0]) update(record, existing[0]);
      else create(record);
      continue;
    }
    const here = zoneRecords.filter((item) => item.name === record.name);
    if (record.type === 'CNAME') {
      const others = here.filter((item) => item.type !== 'CNAME');
      const alias = here.find((item) => item.type === 'CNAME');
      // A CNAME may not share its name with any other record (RFC 1034 §3.6.2): the user decides.
      if (others.length)
        decisions.push({ code: 'cname-conflict', name: record.name, found: others.map((item) => item.value) });
      else if (alias?.value === record.value) keep(record);
      else if (alias) update(record, alias);
      else create(record);
      continue;
    }
    const texts = here.filter((item) => item.type === 'TXT');
    if (texts.some((item) => item.value === record.value)) keep(record);
    else if (record.purpose === 'dkim' && texts.length === 1) update(record, texts[0]!);
    else if (record.purpose === 'dkim' && texts.length > 1)
      decisions.push({ code: 'dkim-multiple', name: record.name, found: texts.map((item) => item.value) });
    else create(record);
  }

  return {
    provider: session.provider,
    zone: session.zone,
    changes,
    unchanged,
    pending: prepared.pending,
    decisions,
    requests: session.requests(),
  };
}

export interface AppliedChange extends PublishChange {
  id: string;
}

/** Applies a plan with no open decision; independent writes go out together, then the provider's last step. */
export async function applyPlan(
  plan: ComputedPlan,
  session: ProviderSession,
  signal: AbortSignal,
): Promise<{ applied: AppliedChange[]; refreshed: boolean }> {
  if (plan.decisions.length)
    throw new AppError('publish.decision-needed', {
      name: plan.decisions[0]!.name,
      count: plan.decisions[0]!.found.length,
    });
  const applied = await Promise.all(
    plan.changes.map(async ({ target, ...change }): Promise<AppliedChange> => {
      if (change.action === 'update' && target) {
        await session.update(target, change.value, signal);
        return { ...change, id: target.id };
      }
      const created = await session.create({ type: change.type, name: change.name, value: change.value }, signal);
      return { ...change, id: created.id, ttl: created.ttl };
    }),
  );
  const refreshed = applied.length ? await session.finish(signal) : false;
  return { applied, refreshed };
}
