// The wizard mirrors the Odoo documentation page "Mailjet API" section by section. The order here is the
// page's order; each face reads it from this one list.

export const STEP_IDS = [
  'welcome',
  'mailjet-keys',
  'odoo-connection',
  'senders',
  'dns',
  'odoo-server',
  'done',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** automatic: the app calls Mailjet and Odoo; guided: the app says what to click and checks what it can;
 * dns-only: no credentials at all, the DNS records are prepared offline. */
export const PATHS = ['automatic', 'guided', 'dns-only'] as const;
export type WizardPath = (typeof PATHS)[number];

const STEPS_BY_PATH: Record<WizardPath, readonly StepId[]> = {
  automatic: STEP_IDS,
  // Without API access to Odoo there is nothing to connect to: the outgoing server is set up by hand.
  guided: ['welcome', 'mailjet-keys', 'senders', 'dns', 'odoo-server', 'done'],
  // Offline: only the domain and its records, no keys, no servers.
  'dns-only': ['welcome', 'dns', 'done'],
};

export function stepsForPath(path: WizardPath): readonly StepId[] {
  return STEPS_BY_PATH[path];
}

export interface WizardProgress {
  path: WizardPath;
  current: StepId;
  completed: StepId[];
}

export const INITIAL_PROGRESS: WizardProgress = { path: 'automatic', current: 'welcome', completed: [] };

/** Keeps progress meaningful when the path changes: the current step must belong to the path. */
export function normaliseProgress(progress: WizardProgress): WizardProgress {
  const steps = stepsForPath(progress.path);
  const completed = STEP_IDS.filter((id) => progress.completed.includes(id));
  const current = steps.includes(progress.current)
    ? progress.current
    : (steps.find((id) => !completed.includes(id)) ?? 'welcome');
  return { path: progress.path, current, completed };
}

export function nextStep(path: WizardPath, step: StepId): StepId | undefined {
  const steps = stepsForPath(path);
  return steps[steps.indexOf(step) + 1];
}

export function previousStep(path: WizardPath, step: StepId): StepId | undefined {
  const steps = stepsForPath(path);
  const index = steps.indexOf(step);
  return index > 0 ? steps[index - 1] : undefined;
}
