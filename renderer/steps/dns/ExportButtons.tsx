import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WIZARD_DNS_EXPORT_FORMATS, type DnsExportFormat } from '@shared/dns/export-formats';
import type { ProviderId } from '@shared/dns/providers';
import type { ErrorPayload } from '@shared/errors';
import { languageFromLocale } from '@shared/languages';
import { useDnsExport } from '../../data/mutations';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { RecordsRequest } from './dns-request';
import { downloadFile } from '../../download';

/** The same records as files: for a panel that imports a zone, a spreadsheet, or the person who edits the DNS. */
export function ExportButtons({
  request,
  provider,
  lookupExisting,
}: {
  request: RecordsRequest;
  provider: ProviderId;
  lookupExisting: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { run: exportRecords } = useDnsExport();
  const [done, setDone] = useState<string | undefined>();
  const [failure, setFailure] = useState<{ format: DnsExportFormat; error: ErrorPayload } | undefined>();

  const exportAs = async (format: DnsExportFormat) => {
    setFailure(undefined);
    setDone(undefined);
    const language = languageFromLocale(i18n.language);
    const result = await exportRecords({ ...request, provider, lookupExisting, format, language });
    if (!result.ok) return setFailure({ format, error: result.error });
    downloadFile(result.value);
    setDone(result.value.fileName);
  };

  return (
    <section className="dns-exports" aria-labelledby="dns-exports-title">
      <h2 id="dns-exports-title">{t('wizard.dns.exportsTitle')}</h2>
      <p className="dns-help">{t('wizard.dns.exportsIntro')}</p>
      <div className="dns-buttons">
        {WIZARD_DNS_EXPORT_FORMATS.map((format) => (
          <button key={format} type="button" className="button button-secondary" onClick={() => void exportAs(format)}>
            {t(`wizard.dns.export.${format}`)}
          </button>
        ))}
      </div>
      <p className="dns-help" role="status">
        {done ? t('wizard.dns.exported', { file: done }) : ''}
      </p>
      {failure ? <ErrorNotice error={failure.error} onRetry={() => void exportAs(failure.format)} /> : null}
    </section>
  );
}
