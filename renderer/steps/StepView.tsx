import type { StepId } from '../../shared/wizard';
import { DnsStep } from './DnsStep';
import { DoneStep } from './DoneStep';
import { MailjetKeysStep } from './MailjetKeysStep';
import { OdooConnectionStep } from './OdooConnectionStep';
import { OdooServerStep } from './OdooServerStep';
import { SendersStep } from './SendersStep';
import { WelcomeStep } from './WelcomeStep';

function assertNever(value: never): never {
  throw new Error(`unknown step ${String(value)}`);
}

/** One component per section of the documentation page; each reads what it needs from the core. */
export function StepView({ step }: { step: StepId }) {
  switch (step) {
    case 'welcome':
      return <WelcomeStep />;
    case 'mailjet-keys':
      return <MailjetKeysStep />;
    case 'odoo-connection':
      return <OdooConnectionStep />;
    case 'senders':
      return <SendersStep />;
    case 'dns':
      return <DnsStep />;
    case 'odoo-server':
      return <OdooServerStep />;
    case 'done':
      return <DoneStep />;
    default:
      return assertNever(step);
  }
}
