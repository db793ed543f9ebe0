import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { ADDRESS_ROLES, type AddressRole } from '@shared/mail-addresses';
import type { SenderForm } from './useSenderForm';

/** One address, saved when the user leaves the field; it starts afresh whenever its default changes. */
function AddressField({
  role,
  value,
  onCommit,
}: {
  role: AddressRole;
  value: string;
  onCommit: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  return (
    <Field id={`senders-address-${role}`} label={t(`wizard.senders.addressLabel.${role}`)}>
      {(control) => (
        <input
          {...control}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => onCommit(draft)}
        />
      )}
    </Field>
  );
}

export function AddressFields({ form, fromOdoo }: { form: SenderForm; fromOdoo: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="senders-addresses" aria-labelledby="senders-addresses-title">
      <h2 id="senders-addresses-title">{t('wizard.senders.addressesTitle')}</h2>
      <p className="senders-help">
        {fromOdoo ? t('wizard.senders.addressesFromOdoo') : t('wizard.senders.addressesIntro')}
      </p>
      <div className="senders-address-grid">
        {ADDRESS_ROLES.map((role) => (
          <AddressField
            key={`${role}:${form.addresses[role]}`}
            role={role}
            value={form.addresses[role]}
            onCommit={(text) => form.setAddress(role, text)}
          />
        ))}
      </div>
    </section>
  );
}
