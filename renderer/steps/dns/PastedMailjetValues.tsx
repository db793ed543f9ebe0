import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import type { PastedValues } from './dns-request';

const FIELDS = ['ownershipName', 'ownershipValue', 'dkimValue'] as const;
type PastedName = (typeof FIELDS)[number];

function PastedField({
  field,
  value,
  onCommit,
}: {
  field: PastedName;
  value: string;
  onCommit: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const common = {
    autoComplete: 'off',
    spellCheck: false,
    value: draft,
    onBlur: () => onCommit(draft),
  };
  return (
    <Field id={`dns-pasted-${field}`} label={t(`wizard.dns.pasted.${field}`)} literal>
      {(control) =>
        field === 'dkimValue' ? (
          <textarea {...control} {...common} rows={3} onChange={(event) => setDraft(event.target.value)} />
        ) : (
          <input {...control} {...common} type="text" onChange={(event) => setDraft(event.target.value)} />
        )
      }
    </Field>
  );
}

/** The values Mailjet shows on its own pages, pasted by hand when the assistant cannot ask Mailjet. */
export function PastedMailjetValues({
  pasted,
  onChange,
}: {
  pasted: PastedValues;
  onChange: (values: PastedValues) => void;
}) {
  const { t } = useTranslation();
  return (
    <details className="dns-pasted" open={FIELDS.some((field) => pasted[field])}>
      <summary>{t('wizard.dns.pasted.title')}</summary>
      <p className="dns-help">{t('wizard.dns.pasted.intro')}</p>
      {FIELDS.map((field) => (
        <PastedField
          key={field}
          field={field}
          value={pasted[field] ?? ''}
          onCommit={(text) => {
            if (text.trim() !== (pasted[field] ?? '')) onChange({ ...pasted, [field]: text.trim() || undefined });
          }}
        />
      ))}
    </details>
  );
}
