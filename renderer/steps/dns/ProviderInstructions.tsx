import { useTranslation } from 'react-i18next';
import type { RecordsResult } from './dns-request';

/** How this provider's form wants hosts, quotes and long values typed, plus what could not be confirmed. */
export function ProviderInstructions({ form }: { form: RecordsResult['form'] }) {
  const { t } = useTranslation();
  return (
    <ul className="dns-instructions">
      {form.instructions.map((notice) => (
        <li key={notice.code}>{t(`dns.form.${notice.code}`, notice.params ?? {})}</li>
      ))}
    </ul>
  );
}
