import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PastedValues } from './dns-request';

const FIELDS = ['ownershipName', 'ownershipValue', 'dkimValue'] as const;
type Field = (typeof FIELDS)[number];

function PastedField({ field, value, onCommit }: { field: Field; value: string; onCommit: (text: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const id = `dns-pasted-${field}`;
  const props = {
    id,
    className: `dns-input${field === 'dkimValue' ? ' is-long' : ''}`,
    autoComplete: 'off',
    spellCheck: false,
    value: draft,
    onBlur: () => onCommit(draft),
  };
  return (
    <div className="dns-field">
      <label htmlFor={id} className="dns-label">
        {t(`wizard.dns.pasted.${field}`)}
      </label>
      {field === 'dkimValue' ? <textarea {...props} rows={3} onChange={(event) => setDraft(event.target.value)} /> : <input {...props} type="text" onChange={(event) => setDraft(event.target.value)} />}
    </div>
  );
}

/** The values Mailjet shows on its own pages, pasted by hand when the assistant cannot ask Mailjet. */
export function PastedMailjetValues({ pasted, onChange }: { pasted: PastedValues; onChange: (values: PastedValues) => void }) {
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
