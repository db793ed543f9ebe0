import type { odooChannels } from '../../../shared/contract/odoo';
import type { CoreDeps, HandlerTable } from '../context';

// The odoo issue implements its channels here.
export function createOdooHandlers(_deps: CoreDeps): HandlerTable<keyof typeof odooChannels> {
  return {};
}
