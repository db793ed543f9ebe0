import type { WizardPath, WizardProgress } from '../../shared/wizard';

export interface StepProps {
  progress: WizardProgress;
  onChoosePath: (path: WizardPath) => void;
  onComplete: () => void;
  onBack: (() => void) | undefined;
}
