import type { OvhEndpoint } from '@shared/contract/publish';
import { relativeName } from '@shared/dns/names';
import { AppError } from '@shared/errors';
import { ovhJsonBody, ovhSignature } from './ovh-signature';
import { bareName, logicalTxt, type ProviderSession, type ZoneRecord } from './provider';
import { DEFAULT_PUBLISH_RETRY, retryAfterMs, withRetry, type HttpFailure, type RetryOptions } from './retry';

// OVHcloud's API, signed as its official client signs (see ovh-signature.ts). The official client,
// @ovhcloud/node-ovh, is not used: it always speaks https (https.request, and it signs
// 'https://' + host + path), so it cannot reach a loopback stand-in, and it would bring async 0.9,
// bluebird and simple-oauth2 for three calls. Calls (DNSControl providers/ovh/protocol.go, lego
// providers/dns/ovh): GET /domain/zone/{zone}/record?subDomain=… → ids, GET …/record/{id}, POST
// …/record, PUT …/record/{id}, POST /domain/zone/{zone}/refresh (the changes are served after it).

const OVH_API_URLS: Record<OvhEndpoint, string> = {
  'ovh-eu': 'https://eu.api.ovh.com/1.0',
  'ovh-ca': 'https://ca.api.ovh.com/1.0',
  'ovh-us': 'https://api.us.ovhcloud.com/1.0',
};

export interface OvhCredential {
  applicationKey: string;
  applicationSecret: string;
  consumerKey: string;
  endpoint?: OvhEndpoint | undefined;
}

interface OvhRecord {
  id: number;
  fieldType: string;
  subDomain: string;
  target: string;
  ttl: number;
}

class OvhHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: { message?: string; errorCode?: string },
    readonly retryAfter: string | null,
  ) {
    super(`OVHcloud ${status}`);
  }
}

class OvhConnectionError extends Error {}

function failureOf(error: unknown): HttpFailure | null {
  if (error instanceof OvhConnectionError) return { status: null };
  if (error instanceof OvhHttpError) {
    const wait = retryAfterMs(error.retryAfter);
    return { status: error.status, ...(wait !== undefined ? { retryAfterMs: wait } : {}) };
  }
  return null;
}

/** OVHcloud's refusals as our errors. Messages per the stand-in's citations; errorCode values UNVERIFIED. */
function ovhError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof OvhConnectionError) return new AppError('publish.unreachable', { provider: 'OVHcloud' });
  if (error instanceof OvhHttpError) {
    const message = error.body.message ?? '';
    if (error.status === 403 && /not been granted/i.test(message)) return new AppError('publish.ovh-not-granted');
    if (
      error.status === 403 ||
      error.status === 401 ||
      /signature|out of time|credential|application key/i.test(message)
    ) {
      return new AppError('publish.token-refused', { provider: 'OVHcloud' });
    }
    if (error.status === 404) return new AppError('publish.zone-not-found', { provider: 'OVHcloud' });
    if (error.status === 429) return new AppError('publish.rate-limited', { seconds: 60 });
    return new AppError('publish.failed', { provider: 'OVHcloud', status: error.status, code: 0 });
  }
  return new AppError('publish.failed', { provider: 'OVHcloud', status: 0, code: 0 });
}

export async function openOvh(
  options: OvhCredential & { zone: string; baseUrl?: string; retry?: RetryOptions },
  signal: AbortSignal,
): Promise<ProviderSession> {
  const base = (options.baseUrl ?? OVH_API_URLS[options.endpoint ?? 'ovh-eu']).replace(/\/+$/, '');
  const retry = options.retry ?? DEFAULT_PUBLISH_RETRY;
  const zone = options.zone;
  const zonePath = `/domain/zone/${encodeURIComponent(zone)}`;
  let requests = 0;
  /** Seconds between OVHcloud's clock and ours, set from /auth/time before the first signed call. */
  const clock = { skew: 0 };

  async function send(method: string, path: string, body?: unknown, signed = true): Promise<unknown> {
    const url = `${base}${path}`;
    const text = body === undefined ? '' : ovhJsonBody(body);
    const headers: Record<string, string> = { 'X-Ovh-Application': options.applicationKey, Accept: 'application/json' };
    if (text) headers['Content-Type'] = 'application/json';
    if (signed) {
      const timestamp = Math.round(Date.now() / 1000) + clock.skew;
      headers['X-Ovh-Timestamp'] = String(timestamp);
      headers['X-Ovh-Consumer'] = options.consumerKey;
      headers['X-Ovh-Signature'] = ovhSignature({
        applicationSecret: options.applicationSecret,
        consumerKey: options.consumerKey,
        method,
        url,
        body: text,
        timestamp,
      });
    }
    requests++;
    let response: Response;
    try {
      response = await fetch(url, { method, headers, ...(text ? { body: text } : {}), signal });
    } catch (error) {
      if (signal.aborted) throw new AppError('app.cancelled');
      throw new OvhConnectionError(String(error));
    }
    const raw = await response.text();
    const parsed = raw ? (JSON.parse(raw) as unknown) : null;
    if (!response.ok)
      throw new OvhHttpError(
        response.status,
        (parsed ?? {}) as { message?: string },
        response.headers.get('retry-after'),
      );
    return parsed;
  }

  const call = <T>(work: () => Promise<T>, landed?: () => Promise<T | undefined>) =>
    withRetry(work, failureOf, signal, retry, landed).catch((error: unknown) => {
      throw ovhError(error);
    });

  // The signature carries a timestamp the API compares with its own clock, as node-ovh does: ask once.
  const serverTime = (await call(() => send('GET', '/auth/time', undefined, false))) as number;
  clock.skew = serverTime - Math.round(Date.now() / 1000);

  const toZoneRecord = (record: OvhRecord): ZoneRecord => ({
    id: String(record.id),
    type: record.fieldType,
    name: record.subDomain ? `${bareName(record.subDomain)}.${zone}` : zone,
    value: record.fieldType === 'TXT' ? logicalTxt(record.target) : bareName(record.target),
    ttl: record.ttl,
  });

  async function readName(name: string): Promise<ZoneRecord[]> {
    const sub = name === zone ? '' : relativeName(name, zone);
    const ids = (await call(() => send('GET', `${zonePath}/record?subDomain=${encodeURIComponent(sub)}`))) as number[];
    const records = await Promise.all(
      ids.map((id) => call(() => send('GET', `${zonePath}/record/${id}`)) as Promise<OvhRecord>),
    );
    return records.filter((record) => record.fieldType === 'TXT' || record.fieldType === 'CNAME').map(toZoneRecord);
  }

  // OVHcloud's target for CNAME is a host name; a relative one would get the zone appended, so it ends with a dot.
  const target = (type: string, value: string) => (type === 'CNAME' ? `${value}.` : value);

  return {
    provider: 'ovh',
    zone,
    // 0: the zone's default TTL, what OVHcloud's own panel proposes (UNVERIFIED).
    newRecordTtl: 0,
    read: async (names) => (await Promise.all(names.map(readName))).flat(),
    create: async (record) => {
      const subDomain = record.name === zone ? '' : relativeName(record.name, zone);
      return call(
        async () =>
          toZoneRecord(
            (await send('POST', `${zonePath}/record`, {
              fieldType: record.type,
              subDomain,
              target: target(record.type, record.value),
              ttl: 0,
            })) as OvhRecord,
          ),
        async () =>
          (await readName(record.name)).find((item) => item.type === record.type && item.value === record.value),
      );
    },
    update: async (current, value) => {
      const subDomain = current.name === zone ? '' : relativeName(current.name, zone);
      await call(() =>
        send('PUT', `${zonePath}/record/${current.id}`, {
          subDomain,
          target: target(current.type, value),
          ttl: current.ttl,
        }),
      );
    },
    finish: async () => {
      await call(() => send('POST', `${zonePath}/refresh`));
      return true;
    },
    requests: () => requests,
  };
}
