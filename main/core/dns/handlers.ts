import type { dnsChannels } from '../../../shared/contract/dns';
import type { CoreDeps, HandlerTable } from '../context';

// The dns issue implements its channels here.
export function createDnsHandlers(_deps: CoreDeps): HandlerTable<keyof typeof dnsChannels> {
  return {};
}
