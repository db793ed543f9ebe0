import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/settings';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ProgressPanel } from '../../components/ProgressPanel';
import { StatusBadge } from '../../components/StatusBadge';
import { useOperation } from '../../hooks/useOperation';
import { useSettings } from '../../data/queries';
import { ChangePreview } from './ChangePreview';
import { ConnectionTest } from './ConnectionTest';
import { SendTestPanel } from './SendTestPanel';
import { PlanWarnings } from './PlanWarnings';
import { setupInput, type ServerChoices } from './server-choices';
import { ServerChoicesForm } from './ServerChoicesForm';
import { FixInStepButton } from './FixInStepButton';
import { useServerChoices } from './useServerChoices';

/**
 * The automatic path: the choices, the dry run of what would change in Odoo (read again on every
 * change, so the list always matches the choices), Apply, and Odoo's connection test.
 */
export function AutomaticServerSetup({ initial }: { initial: Settings }) {
  const { t } = useTranslation();
  // Apply and the connection test save the server and when it passed; the data layer reads them again.
  const { settings } = useSettings();
  const { choices, change, saveError } = useServerChoices(initial);
  const plan = useOperation('odooPlan');
  const setup = useOperation('odooSetup');
  const [appliedServer, setAppliedServer] = useState<number | undefined>();
  const { run: runPlan } = plan;
  const { run: runSetup, reset: resetSetup } = setup;

  const readPlan = useCallback(() => void runPlan(setupInput(choices)), [runPlan, choices]);
  useEffect(readPlan, [readPlan]);

  const choose = (patch: Partial<ServerChoices>) => {
    // The last apply and its error were about the previous choices.
    setAppliedServer(undefined);
    resetSetup();
    void change(patch);
  };

  const apply = async () => {
    setAppliedServer(undefined);
    const result = await runSetup(setupInput(choices));
    if (!result) return;
    setAppliedServer(result.serverId);
    await runPlan(setupInput(choices));
  };

  const current = plan.result;
  const serverId = current?.serverId ?? appliedServer;
  const passedAt = serverId !== undefined && settings.odoo?.serverId === serverId ? settings.odoo.testedAt : undefined;
  const busy = setup.running;

  return (
    <>
      <ServerChoicesForm choices={choices} onChange={choose} offerKeepOdoo disabled={busy} />
      {saveError ? <ErrorNotice error={saveError} onRetry={() => void change(choices)} /> : null}

      <section className="os-plan" aria-labelledby="plan-heading">
        <div className="os-plan-heading-row">
          <h2 id="plan-heading">{t('wizard.odoo-server.preview.title')}</h2>
          <button
            type="button"
            className="button button-secondary os-button-small"
            onClick={readPlan}
            disabled={plan.running || busy}
          >
            {t('wizard.odoo-server.preview.refresh')}
          </button>
        </div>
        <div role="status" aria-live="polite">
          {plan.running ? <p className="muted">{t('wizard.odoo-server.preview.loading')}</p> : null}
          {current?.upToDate ? (
            <p className="os-plan-up-to-date">
              <StatusBadge status="ok" /> <span>{t('wizard.odoo-server.preview.upToDate', { db: current.db })}</span>
            </p>
          ) : null}
          {appliedServer !== undefined && !busy ? (
            <p className="os-plan-applied">{t('wizard.odoo-server.apply.done', { id: appliedServer })}</p>
          ) : null}
        </div>
        {plan.error ? <ErrorNotice error={plan.error} onRetry={readPlan} /> : null}
        {plan.error ? <FixInStepButton code={plan.error.code} /> : null}
        {current && !current.upToDate ? (
          <>
            <p>{t('wizard.odoo-server.preview.intro', { db: current.db })}</p>
            <ChangePreview changes={current.changes} />
          </>
        ) : null}
        {current ? <PlanWarnings warnings={current.warnings} /> : null}
        {setup.running ? <ProgressPanel progress={setup.progress} onCancel={() => void setup.cancel()} /> : null}
        {setup.error ? <ErrorNotice error={setup.error} onRetry={() => void apply()} /> : null}
        {setup.error ? <FixInStepButton code={setup.error.code} /> : null}
        {current && !current.upToDate && !busy && !setup.error ? (
          <button type="button" className="button button-primary" onClick={() => void apply()}>
            {t('wizard.odoo-server.apply.button')}
          </button>
        ) : null}
      </section>

      {serverId !== undefined && !busy ? <ConnectionTest serverId={serverId} passedAt={passedAt} /> : null}
      {serverId !== undefined && !busy ? <SendTestPanel /> : null}
    </>
  );
}
