import type { ProviderId } from '@shared/dns/providers';
import { useDnsRecordsQuery } from '../../data/queries';
import type { RecordsRequest } from './dns-request';

/**
 * The records in the provider's form, prepared again whenever what they depend on changes. Online,
 * the published SPF and DMARC are read first so Mailjet is merged into them rather than added twice.
 */
export function useDnsRecords(request: RecordsRequest | undefined, provider: ProviderId, lookupExisting: boolean) {
  // The query is keyed by the request's content, so a new object with the same content does not ask again;
  // while a new answer is on its way the last one stays, so the page does not jump.
  const read = useDnsRecordsQuery(request ? { ...request, provider, lookupExisting } : undefined);
  return { result: read.data, error: read.error, loading: read.loading, reload: read.reload };
}
