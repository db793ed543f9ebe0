import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretName } from '../../shared/contract/app';
import { assistant } from '../bridge';
import { useWizard } from '../wizard-context';

/**
 * On a step whose work needs the Mailjet secret key or the Odoo password: says which of them are kept for
 * this session only (no keychain answered), so nobody is surprised that closing the assistant forgets them.
 * The demo says it once, in its own steps.
 */
export function SessionSecretsNote({ uses }: { uses: 'mailjet' | 'odoo' | 'both' }) {
  const { t } = useTranslation();
  const { demo } = useWizard();
  const [kept, setKept] = useState<SecretName[]>([]);
  useEffect(() => {
    let current = true;
    const names: SecretName[] = uses === 'both' ? ['mailjet', 'odoo'] : [uses];
    void assistant()
      .keychainStatus({})
      .then((result) => {
        if (current && result.ok) setKept(names.filter((name) => result.value.secrets[name].source === 'session'));
      });
    return () => {
      current = false;
    };
  }, [uses]);
  if (demo.active || !kept.length) return null;
  return <p className="notice notice-info">{t(`app.keychain.sessionNote.${kept.length === 2 ? 'both' : kept[0]}`)}</p>;
}
