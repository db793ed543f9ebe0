import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '@shared/contract';
import { WIZARD_DNS_EXPORT_FORMATS, type DnsExportFormat } from '@shared/dns/export-formats';
import type { ErrorPayload } from '@shared/errors';
import { languageFromLocale } from '@shared/languages';
import { useDnsExport } from '../../data/mutations';
import { ErrorNotice } from '../../components/ErrorNotice';
import { downloadFile } from '../../download';

/** The offline path ends with its files: the zone lines, the CSV, and the sheet for whoever runs the DNS. */
export function DnsExports({ request }: { request: ChannelInput<'dnsRecords'> }) {
  const { t, i18n } = useTranslation();
  const { run: exportRecords } = useDnsExport();
  const [saved, setSaved] = useState<string | undefined>();
  const [error, setError] = useState<{ format: DnsExportFormat; payload: ErrorPayload } | undefined>();

  const save = async (format: DnsExportFormat) => {
    setSaved(undefined);
    setError(undefined);
    const language = languageFromLocale(i18n.language);
    const result = await exportRecords({ ...request, format, language });
    if (!result.ok) return setError({ format, payload: result.error });
    downloadFile(result.value);
    setSaved(result.value.fileName);
  };

  return (
    <section className="done-panel" aria-labelledby="done-exports-heading">
      <h2 id="done-exports-heading">{t('wizard.done.exports.heading')}</h2>
      <p>{t('wizard.done.exports.intro')}</p>
      <div className="done-export-buttons">
        {WIZARD_DNS_EXPORT_FORMATS.map((format) => (
          <button key={format} type="button" className="button button-secondary" onClick={() => void save(format)}>
            {t(`wizard.done.exports.formats.${format}`)}
          </button>
        ))}
      </div>
      <p className="done-saved" role="status" aria-live="polite">
        {saved ? t('wizard.done.exports.saved', { file: saved }) : ''}
      </p>
      {error ? <ErrorNotice error={error.payload} onRetry={() => void save(error.format)} /> : null}
    </section>
  );
}
