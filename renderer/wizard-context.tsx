import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import type { ChannelOutput } from '../shared/contract';
import type { Settings, SettingsPatch } from '../shared/settings';
import type { ErrorPayload } from '../shared/errors';
import type { StepId, WizardPath, WizardProgress } from '../shared/wizard';
import { assistant } from './bridge';

// What every step may need besides its own calls: who we are, the demo's prefill values, the saved
// (non-secret) settings, and the wizard's progress. Steps read the rest from the core when they open,
// so a restart or a revisit always shows what is true now.

export interface WizardState {
  info: ChannelOutput<'appInfo'> | undefined;
  demo: ChannelOutput<'demoInfo'>;
  settings: Settings;
  /** Reads the settings again, after a channel that saves some (connect, setup, check). */
  refreshSettings(): Promise<Settings>;
  patchSettings(patch: SettingsPatch): Promise<ErrorPayload | undefined>;
  progress: WizardProgress;
  /** Marks the current step done and moves to the next one of the path. */
  completeStep(): void;
  /** Marks a step not done (e.g. a setting it relied on changed). */
  reopenStep(step: StepId): void;
  goTo(step: StepId): void;
  choosePath(path: WizardPath): void;
}

const WizardContext = createContext<WizardState | undefined>(undefined);

export function useWizard(): WizardState {
  const state = useContext(WizardContext);
  if (!state) throw new Error('useWizard outside WizardProvider');
  return state;
}

interface ProviderProps {
  value: Omit<WizardState, 'settings' | 'refreshSettings' | 'patchSettings' | 'demo'>;
  initialSettings: Settings;
  demo: ChannelOutput<'demoInfo'>;
  children: ReactNode;
}

export function WizardProvider({ value, initialSettings, demo, children }: ProviderProps) {
  const [settings, setSettings] = useState<Settings>(initialSettings);

  const refreshSettings = useCallback(async () => {
    const result = await assistant().settingsRead({});
    if (result.ok) setSettings(result.value);
    return result.ok ? result.value : {};
  }, []);

  const patchSettings = useCallback(async (patch: SettingsPatch) => {
    const result = await assistant().settingsWrite({ patch });
    if (!result.ok) return result.error;
    setSettings(result.value);
    return undefined;
  }, []);

  return <WizardContext.Provider value={{ ...value, settings, refreshSettings, patchSettings, demo }}>{children}</WizardContext.Provider>;
}
