import { createContext, useContext, type ReactNode } from 'react';
import type { ChannelOutput } from '@shared/contract';
import type { StepId, WizardPath, WizardProgress } from '@shared/wizard';
import { useAppInfo, useDemoInfo } from './data/queries';

// What every step may need besides its own reads: who we are, the demo's prefill values, and the
// wizard's progress. The saved settings and everything else come from the data layer (renderer/data),
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

export function WizardProvider({
  value,
  children,
}: {
  value: Omit<WizardState, 'info' | 'demo'>;
  children: ReactNode;
}) {
  const info = useAppInfo();
  const demo = useDemoInfo();
  return <WizardContext.Provider value={{ ...value, info, demo }}>{children}</WizardContext.Provider>;
}
