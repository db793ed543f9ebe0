import type { mailjetChannels } from '../../../shared/contract/mailjet';
import type { CoreDeps, HandlerTable } from '../context';

// The mailjet issue implements its channels here.
export function createMailjetHandlers(_deps: CoreDeps): HandlerTable<keyof typeof mailjetChannels> {
  return {};
}
