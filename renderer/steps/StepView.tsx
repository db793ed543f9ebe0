import type { StepId } from '../../shared/wizard';
import { DnsStep } from './DnsStep';
import { DoneStep } from './DoneStep';
import { MailjetKeysStep } from './MailjetKeysStep';
import { OdooConnectionStep } from './OdooConnectionStep';
import { OdooServerStep } from './OdooServerStep';
import { SendersStep } from './SendersStep';
import type { StepProps } from './step-props';
import { WelcomeStep } from './WelcomeStep';

function assertNever(value: never): never {
  throw new Error(`unknown step ${String(value)}`);
}

export function StepView({ step, ...props }: StepProps & { step: StepId }) {
  switch (step) {
    case 'welcome':
      return <WelcomeStep {...props} />;
    case 'mailjet-keys':
      return <MailjetKeysStep {...props} />;
    case 'odoo-connection':
      return <OdooConnectionStep {...props} />;
    case 'senders':
      return <SendersStep {...props} />;
    case 'dns':
      return <DnsStep {...props} />;
    case 'odoo-server':
      return <OdooServerStep {...props} />;
    case 'done':
      return <DoneStep {...props} />;
    default:
      return assertNever(step);
  }
}
