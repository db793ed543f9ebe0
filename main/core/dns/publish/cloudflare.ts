import Cloudflare from 'cloudflare';
import { AppError } from '@shared/errors';
import { quotedTxt } from '@shared/dns/txt';
import { bareName, logicalTxt, type ProviderSession, type ZoneRecord } from './provider';
import { DEFAULT_PUBLISH_RETRY, retryAfterMs, withRetry, type HttpFailure, type RetryOptions } from './retry';

// Cloudflare through its official SDK (`cloudflare` 7.3.0). Only calls on the one zone are made. The
// wizard's token (shared/dns/cloudflare-token.ts) has Zone ▸ DNS ▸ Edit and Zone ▸ Zone ▸ Read on that
// one zone, so the zone is found by its name (GET /zones?name=) and the user copies no Zone ID; the id
// found is kept with the credential, so later calls skip the lookup. A token with DNS ▸ Edit alone may
// not look zones up (several reports say so, others say it works: UNVERIFIED), and then the zone is
// named by the id the user pastes from its Overview page.
// Facts: the SDK's client.js (baseURL, maxRetries, shouldRetry retries POST on 5xx too: so its own
// retries are off and withRetry looks before writing again), resources/dns/records.d.ts (TXT content
// as quoted character-strings, TTL 1 = automatic).

const CLOUDFLARE_API_URL = 'https://api.cloudflare.com/client/v4';
const PER_PAGE = 100;
/** "Automatic" in Cloudflare's panel and API: what a record added by hand gets. */
const AUTOMATIC_TTL = 1;

export interface CloudflareOptions {
  token: string;
  baseUrl?: string;
  retry?: RetryOptions;
}

function failureOf(error: unknown): HttpFailure | null {
  if (error instanceof Cloudflare.APIConnectionError) return { status: null };
  if (error instanceof Cloudflare.APIError && typeof error.status === 'number') {
    const retryAfter = retryAfterMs(error.headers?.get('retry-after'));
    return { status: error.status, ...(retryAfter !== undefined ? { retryAfterMs: retryAfter } : {}) };
  }
  return null;
}

/** Cloudflare's answer as one of our errors: which of its codes means what is cited in the stand-in. */
function cloudflareError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Cloudflare.APIUserAbortError) return new AppError('app.cancelled');
  if (error instanceof Cloudflare.APIConnectionError)
    return new AppError('publish.unreachable', { provider: 'Cloudflare' });
  if (error instanceof Cloudflare.APIError) {
    const codes = (error.errors ?? []).map((item) => item.code);
    if (error.status === 400 && codes.includes(6003))
      return new AppError('publish.token-refused', { provider: 'Cloudflare' });
    if (error.status === 401) return new AppError('publish.token-refused', { provider: 'Cloudflare' });
    if (error.status === 403) return new AppError('publish.token-scope', { provider: 'Cloudflare' });
    if (error.status === 404) return new AppError('publish.zone-not-found', { provider: 'Cloudflare' });
    if (error.status === 429) return new AppError('publish.rate-limited', { seconds: 60 });
    return new AppError('publish.failed', { provider: 'Cloudflare', status: error.status ?? 0, code: codes[0] ?? 0 });
  }
  return new AppError('publish.failed', { provider: 'Cloudflare', status: 0, code: 0 });
}

export async function openCloudflare(
  options: CloudflareOptions & { zone: string; zoneId?: string | undefined },
  signal: AbortSignal,
): Promise<ProviderSession> {
  let requests = 0;
  const client = new Cloudflare({
    apiToken: options.token,
    baseURL: options.baseUrl ?? CLOUDFLARE_API_URL,
    maxRetries: 0,
    // Counted here, so the report and the bench can say how many round trips publishing took.
    fetch: (input, init) => {
      requests++;
      return fetch(input, init);
    },
  });
  const retry = options.retry ?? DEFAULT_PUBLISH_RETRY;
  const call = <T>(send: () => Promise<T>, landed?: () => Promise<T | undefined>) =>
    withRetry(send, failureOf, signal, retry, landed).catch((error: unknown) => {
      throw cloudflareError(error);
    });

  const zoneId = options.zoneId ?? (await findZoneId(options.zone));

  async function findZoneId(zone: string): Promise<string> {
    try {
      const page = await call(() => client.zones.list({ name: zone, per_page: 5 }, { signal }));
      const found = page.result.find((item) => bareName(item.name) === zone);
      if (!found) throw new AppError('publish.zone-id-needed', { zone });
      return found.id;
    } catch (error) {
      // A token limited to DNS ▸ Edit may not list zones: the user is asked for the zone's id instead.
      if (
        error instanceof AppError &&
        (error.code === 'publish.token-scope' || error.code === 'publish.zone-not-found')
      ) {
        throw new AppError('publish.zone-id-needed', { zone });
      }
      throw error;
    }
  }

  const toZoneRecord = (item: {
    id: string;
    type: string;
    name: string;
    content?: string;
    ttl: number;
  }): ZoneRecord => ({
    id: item.id,
    type: item.type,
    name: bareName(item.name),
    value: item.type === 'TXT' ? logicalTxt(item.content ?? '') : bareName(item.content ?? ''),
    ttl: item.ttl,
  });

  async function readName(name: string): Promise<ZoneRecord[]> {
    const found: ZoneRecord[] = [];
    for (let page = 1; ; page++) {
      const answer = await call(() =>
        client.dns.records.list({ zone_id: zoneId, name: { exact: name }, page, per_page: PER_PAGE }, { signal }),
      );
      for (const item of answer.result)
        if (item.type === 'TXT' || item.type === 'CNAME') found.push(toZoneRecord(item as never));
      const info = answer.result_info as { total_pages?: number } | undefined;
      if (!info?.total_pages || page >= info.total_pages || answer.result.length === 0) return found;
    }
  }

  const content = (record: { type: 'TXT' | 'CNAME'; value: string }) =>
    record.type === 'TXT' ? quotedTxt(record.value) : record.value;

  return {
    provider: 'cloudflare',
    zone: options.zone,
    zoneId,
    newRecordTtl: AUTOMATIC_TTL,
    read: async (names) => (await Promise.all(names.map(readName))).flat(),
    create: async (record) => {
      const same = (item: ZoneRecord) => item.type === record.type && item.value === record.value;
      const created = await call(
        async () =>
          toZoneRecord(
            (await client.dns.records.create(
              {
                zone_id: zoneId,
                type: record.type,
                name: record.name,
                content: content(record),
                ttl: AUTOMATIC_TTL,
              } as never,
              { signal },
            )) as never,
          ),
        async () => (await readName(record.name)).find(same),
      );
      return created;
    },
    update: async (current, value) => {
      // PUT with the record's own name, type and TTL: only the value changes. Sending it again is harmless.
      await call(() =>
        client.dns.records.update(
          current.id,
          {
            zone_id: zoneId,
            type: current.type,
            name: current.name,
            content: content({ type: current.type as 'TXT' | 'CNAME', value }),
            ttl: current.ttl,
          } as never,
          { signal },
        ),
      );
    },
    finish: async () => false,
    requests: () => requests,
  };
}
