import { createElement, lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepId } from '@shared/wizard';
import { WelcomeStep } from './welcome/WelcomeStep';
import { StepErrorBoundary } from '../components/StepErrorBoundary';
import type { FirstScreen } from '../data/boot';
import { completeCatalogs } from '../i18n';

// One component per section of the documentation page; each reads what it needs from the core. The
// Welcome step ships with the shell; every other step is a chunk of its own, fetched when the browser is
// idle after the first screen (or at once, if the user gets there first), and so is the query cache
// (TanStack Query) that those steps read through: Welcome needs none.

type StepComponent = ComponentType;

const LOADERS: Record<Exclude<StepId, 'welcome'>, () => Promise<StepComponent>> = {
  'mailjet-keys': () => import('./mailjet-keys/MailjetKeysStep').then((m) => m.MailjetKeysStep),
  'odoo-connection': () => import('./odoo-connection/OdooConnectionStep').then((m) => m.OdooConnectionStep),
  senders: () => import('./senders/SendersStep').then((m) => m.SendersStep),
  dns: () => import('./dns/DnsStep').then((m) => m.DnsStep),
  'odoo-server': () => import('./odoo-server/OdooServerStep').then((m) => m.OdooServerStep),
  done: () => import('./done/DoneStep').then((m) => m.DoneStep),
};

/** Steps whose code is here: rendered at once, without a loading frame in between. */
const loaded = new Map<StepId, StepComponent>([['welcome', WelcomeStep]]);

const loadData = () => import('../data/DataProvider');
const PageData = lazy(() => loadData().then((m) => ({ default: m.PageDataProvider })));

function load(step: Exclude<StepId, 'welcome'>): Promise<StepComponent> {
  // Its words too: the page starts with the first screen's only (renderer/i18n.ts).
  return Promise.all([LOADERS[step](), loadData(), completeCatalogs()]).then(([component]) => {
    loaded.set(step, component);
    return component;
  });
}

const LAZY_STEPS = new Map<StepId, StepComponent>(
  (Object.keys(LOADERS) as Exclude<StepId, 'welcome'>[]).map((step) => [
    step,
    lazy(() => load(step).then((component) => ({ default: component }))),
  ]),
);

/** Fetches every step's code in the background, one after another, so none is waited for later. */
export async function prefetchSteps(): Promise<void> {
  for (const step of Object.keys(LOADERS) as Exclude<StepId, 'welcome'>[]) {
    // A chunk that fails here is fetched again when its step opens, and fails there with a visible frame.
    if (!loaded.has(step)) await load(step).catch(() => undefined);
  }
}

let headingWanted = false;

/** Moves focus to the step's heading; when the step is still loading, as soon as it shows. */
export function focusStepHeading(): void {
  const heading = document.getElementById('step-heading');
  headingWanted = !heading;
  heading?.focus();
}

/** Mounted with the step, inside the same Suspense boundary, so it runs once the heading exists. */
function FocusWhenShown() {
  useEffect(() => {
    if (!headingWanted) return;
    headingWanted = false;
    document.getElementById('step-heading')?.focus();
  }, []);
  return null;
}

function StepLoading() {
  const { t } = useTranslation();
  return (
    <p className="step-loading" role="status">
      {t('app.loading')}
    </p>
  );
}

export function StepView({ step, first }: { step: StepId; first: FirstScreen }) {
  // Both maps hold module-level components: the same identity on every render of the same step.
  const Step = loaded.get(step) ?? LAZY_STEPS.get(step)!;
  return (
    <StepErrorBoundary key={step}>
      <Suspense fallback={<StepLoading />}>
        {step === 'welcome' ? createElement(Step) : <PageData first={first}>{createElement(Step)}</PageData>}
        <FocusWhenShown />
      </Suspense>
    </StepErrorBoundary>
  );
}
