import { useTranslation } from 'react-i18next';
import type { SecretName } from '@shared/contract/app';
import { useKeychainStatus } from '../data/queries';
import { useWizard } from '../wizard-context';

/**
 * On a step whose work needs the Mailjet secret key or the Odoo password: says which of them are kept for
 * this session only (no keychain answered), so nobody is surprised that closing the assistant forgets them.
 * The demo says it once, in its own steps.
 */
export function SessionSecretsNote({ uses }: { uses: 'mailjet' | 'odoo' | 'both' }) {
  const { t } = useTranslation();
  const { demo } = useWizard();
  const status = useKeychainStatus().data;
  const names: SecretName[] = uses === 'both' ? ['mailjet', 'odoo'] : [uses];
  const kept = status ? names.filter((name) => status.secrets[name].source === 'session') : [];
  if (demo.active || !kept.length) return null;
  return <p className="notice notice-info">{t(`app.keychain.sessionNote.${kept.length === 2 ? 'both' : kept[0]}`)}</p>;
}
