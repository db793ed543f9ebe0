import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../download';

/** Saves the checklist as an HTML page; the file name is confirmed in words once the download starts. */
export function ReportSaver({
  build,
  disabled,
}: {
  build: () => { fileName: string; html: string };
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | undefined>();
  const save = () => {
    const { fileName, html } = build();
    downloadFile({ fileName, mimeType: 'text/html', content: html });
    setSaved(fileName);
  };
  return (
    <section className="done-panel" aria-labelledby="done-report-heading">
      <h2 id="done-report-heading">{t('wizard.done.report.heading')}</h2>
      <p>{t('wizard.done.report.intro')}</p>
      <button type="button" className="button button-primary" onClick={save} disabled={disabled}>
        {t('wizard.done.report.save')}
      </button>
      <p className="done-saved" role="status" aria-live="polite">
        {saved ? t('wizard.done.report.saved', { file: saved }) : ''}
      </p>
    </section>
  );
}
