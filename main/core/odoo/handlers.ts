import type { odooChannels } from '@shared/contract/odoo';
import { sendingDomain } from '@shared/dns/domain';
import { buildManualGuide } from '@shared/odoo/manual-guide';
import { parseOdooVersion } from '@shared/odoo/version';
import type { CoreDeps, HandlerTable } from '../context';
import { odooSaveLogin } from './save-login';
import { odooSendTest, prepareSendTestWords } from './send-test';
import { odooDatabases, odooInfo, odooPlan, odooSetup, odooTest } from './service';

export function createOdooHandlers(deps: CoreDeps): HandlerTable<keyof typeof odooChannels> {
  return {
    odooDatabases: (input, context) => odooDatabases(deps, input, context),
    // The connection step comes before Send: the test message's words load while Odoo answers.
    odooConnect: (input, context) => {
      prepareSendTestWords(deps);
      return odooInfo(deps, input, context);
    },
    odooSaveLogin: (input, context) => {
      prepareSendTestWords(deps);
      return odooSaveLogin(deps, input, context);
    },
    odooPlan: (input, context) => odooPlan(deps, input, context),
    odooSetup: (input, context) => odooSetup(deps, input, context),
    odooTest: (input, context) => odooTest(deps, input, context),
    odooSendTest: (input, context) => odooSendTest(deps, input, context),
    odooGuide: async (input) => {
      const settings = deps.settings.read();
      const apiKey = deps.endpoints.mailjetApiKey ?? settings.mailjet?.apiKey;
      const typed = input.domain || settings.dns?.domain;
      // The guide prints it as the From filter: the same domain every other step uses.
      const domain = typed ? sendingDomain(typed) : undefined;
      // The version seen at the last connect, e.g. "17.0" or "saas~18.2", when the caller gives none.
      const major = input.major ?? parseOdooVersion(undefined, settings.odoo?.version)?.major;
      return buildManualGuide({
        port: input.port,
        purpose: input.purpose,
        ...(major !== undefined ? { major } : {}),
        ...(domain ? { domain } : {}),
        ...(apiKey ? { apiKey } : {}),
      });
    },
  };
}
