import { createContext, useContext, type ReactNode } from 'react';
import type { ChannelOutput } from '@shared/contract';
import type { StepId, WizardPath, WizardProgress } from '@shared/wizard';

// What every step may need besides its own reads: who we are and the demo's prefill values (read once,
// with the first screen), and the wizard's progress. The saved settings and everything else come from the data layer (renderer/data),
// which reads them again whenever a step opens, so a restart or a revisit always shows what is true now.

export interface WizardState {
  info: ChannelOutput<'appInfo'> | undefined;
  demo: ChannelOutput<'demoInfo'>;
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

export function WizardProvider({ value, children }: { value: WizardState; children: ReactNode }) {
  return <WizardContext.Provider value={value}>{children}</WizardContext.Provider>;
}
