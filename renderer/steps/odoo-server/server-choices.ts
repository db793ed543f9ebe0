import type { ChannelInput } from '@shared/contract';
import { isMailjetPort, type MailjetPort, type Purpose } from '@shared/odoo/mailjet-smtp';
import type { Settings } from '@shared/settings';

/** What the admin decides in this step; saved in the settings as soon as it changes. */
export interface ServerChoices {
  port: MailjetPort;
  purpose: Purpose;
  /** Only meaningful for mass mailing: Odoo's own service keeps the transactional mail. */
  keepOdooForTransactional: boolean;
}

export function choicesFromSettings(settings: Settings): ServerChoices {
  const saved = settings.odoo ?? {};
  return {
    port: isMailjetPort(saved.port) ? saved.port : 465,
    purpose: saved.purpose ?? 'all',
    keepOdooForTransactional: saved.keepOdooForTransactional ?? false,
  };
}

/** The setup request for these choices; the server is always tested before it goes to work. */
export function setupInput(choices: ServerChoices): ChannelInput<'odooSetup'> {
  return {
    port: choices.port,
    purpose: choices.purpose,
    keepOdooForTransactional: choices.purpose === 'mass-mailing' && choices.keepOdooForTransactional,
    test: true,
  };
}
