import type { QueryClient } from '@tanstack/react-query';
import { configure, render, renderHook, type RenderResult } from '@testing-library/react';
import i18next, { type i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { i18nOptions, loadResources } from '@shared/i18n';
import type { Language } from '@shared/languages';
import type { StepId, WizardProgress } from '@shared/wizard';
import { readFirstScreen } from '@renderer/data/boot';
import { createQueryClient } from '@renderer/data/client';
import { DataProvider, seedCache } from '@renderer/data/DataProvider';
import { WizardProvider } from '@renderer/wizard-context';
import { fakeAssistant, type Answers, type FakeAssistant } from './fake-assistant';

// The machine running the tests may be busy: a step's first reads get more than the default second.
configure({ asyncUtilTimeout: 5000 });

// Renders renderer components as the page does (the data layer, i18next with the real catalogs, the
// wizard's context) over a fake window.assistant.

export interface Harness {
  fake: FakeAssistant;
  client: QueryClient;
  i18n: i18n;
  /** The steps reopened and visited through the wizard's context. */
  reopened: StepId[];
  visited: StepId[];
  wrapper: (props: { children: ReactNode }) => ReactNode;
}

export async function harness(
  options: { language?: Language; answers?: Answers; progress?: Partial<WizardProgress> } = {},
): Promise<Harness> {
  const fake = fakeAssistant(options.answers);
  window.assistant = fake.api;
  const language = options.language ?? 'en';
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init(i18nOptions(language, await loadResources(language)));
  const client = createQueryClient();
  const first = await readFirstScreen();
  seedCache(client, first);
  const progress: WizardProgress = { path: 'automatic', current: 'welcome', completed: [], ...options.progress };
  const reopened: StepId[] = [];
  const visited: StepId[] = [];
  const wizard = {
    info: first.info,
    demo: first.demo,
    progress,
    completeStep: () => undefined,
    reopenStep: (step: StepId) => void reopened.push(step),
    goTo: (step: StepId) => void visited.push(step),
    choosePath: () => undefined,
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <DataProvider client={client}>
        <WizardProvider value={wizard}>{children}</WizardProvider>
      </DataProvider>
    </I18nextProvider>
  );
  return { fake, client, i18n, reopened, visited, wrapper };
}

export function renderIn(h: Harness, ui: ReactNode): RenderResult {
  return render(ui, { wrapper: h.wrapper });
}

export function renderHookIn<T>(h: Harness, hook: () => T) {
  return renderHook(hook, { wrapper: h.wrapper });
}
