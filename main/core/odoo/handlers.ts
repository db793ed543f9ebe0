import type { odooChannels } from '../../../shared/contract/odoo';
import { buildManualGuide } from '../../../shared/odoo/manual-guide';
import type { CoreDeps, HandlerTable } from '../context';
import { odooDatabases, odooInfo, odooPlan, odooSetup, odooTest } from './service';

export function createOdooHandlers(deps: CoreDeps): HandlerTable<keyof typeof odooChannels> {
  return {
    odooDatabases: (input, context) => odooDatabases(deps, input, context),
    odooConnect: (input, context) => odooInfo(deps, input, context),
    odooPlan: (input, context) => odooPlan(deps, input, context),
    odooSetup: (input, context) => odooSetup(deps, input, context),
    odooTest: (input, context) => odooTest(deps, input, context),
    odooGuide: async (input) => {
      const settings = deps.settings.read();
      const apiKey = settings.mailjet?.apiKey;
      const domain = input.domain ?? settings.dns?.domain;
      return buildManualGuide({
        port: input.port,
        purpose: input.purpose,
        ...(input.major !== undefined ? { major: input.major } : {}),
        ...(domain ? { domain } : {}),
        ...(apiKey ? { apiKey } : {}),
      });
    },
  };
}
