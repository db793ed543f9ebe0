import { useTranslation } from 'react-i18next';
import type { OdooChange } from '@shared/contract/odoo';
import { describeChange } from '@shared/odoo/change-wording';

/** The dry run, one sentence per change, each server field on its own line. */
export function ChangePreview({ changes }: { changes: readonly OdooChange[] }) {
  const { t } = useTranslation();
  return (
    <ol className="os-change-list">
      {changes.map((change, index) => {
        const { sentence, fields } = describeChange(t, change);
        return (
          <li key={index}>
            <span className="os-change-sentence">{sentence}</span>
            {fields.length ? (
              <ul className="os-change-fields">
                {fields.map((field) => (
                  <li key={field}>{field}</li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
