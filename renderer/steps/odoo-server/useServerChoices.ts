import { useCallback, useState } from 'react';
import type { ErrorPayload } from '@shared/errors';
import type { Settings } from '@shared/settings';
import { useSettingsWrite } from '../../data/mutations';
import { useWizard } from '../../wizard-context';
import { choicesFromSettings, type ServerChoices } from './server-choices';

/**
 * The port / purpose choices, shown at once and saved at once. A change after the step was completed
 * reopens it: what Odoo holds no longer matches what was chosen until the change is applied.
 */
export function useServerChoices(initial: Settings) {
  const { reopenStep } = useWizard();
  const patchSettings = useSettingsWrite();
  const [choices, setChoices] = useState<ServerChoices>(() => choicesFromSettings(initial));
  const [saveError, setSaveError] = useState<ErrorPayload | undefined>();

  const change = useCallback(
    async (patch: Partial<ServerChoices>) => {
      setChoices((current) => ({ ...current, ...patch }));
      const failure = await patchSettings({ odoo: patch });
      setSaveError(failure);
      if (!failure) reopenStep('odoo-server');
    },
    [patchSettings, reopenStep],
  );

  return { choices, change, saveError };
}
