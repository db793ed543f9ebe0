import type { demoChannels } from '@shared/contract/demo';
import { AppError } from '@shared/errors';
import type { CoreDeps, DemoControls, HandlerTable } from './context';

/** The demo's stand-ins in the roles of the DNS panel and the inbox; refused outside the demo. */
export function createDemoHandlers(deps: CoreDeps): HandlerTable<keyof typeof demoChannels> {
  const controls = (): DemoControls => {
    if (!deps.demo || !deps.demoControls) throw new AppError('demo.not-demo');
    return deps.demoControls;
  };
  return {
    demoInfo: async () => {
      const demo = deps.demo ? deps.demoControls : undefined;
      if (!demo) return { active: false };
      return {
        active: true,
        mailjetApiKey: demo.mailjet.apiKey,
        odoo: { url: demo.odoo.url, db: demo.odoo.db, login: demo.odoo.login },
        domain: demo.domain,
      };
    },
    demoFillSecret: async ({ name }) => {
      const demo = controls();
      await deps.keychain.set(name, name === 'mailjet' ? demo.mailjet.secretKey : demo.odoo.password);
      return { saved: true };
    },
    demoPublishDns: async ({ records }) => ({ published: controls().publishDns(records) }),
    demoActivateSenders: async () => ({ activated: controls().activateSenders() }),
  };
}
