import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { readFirstScreen, readLanguage } from './data/boot';
import { completeCatalogs, firstScreenResources, initI18n, loadPart } from './i18n';
import { prefetchSteps } from './steps/StepView';
import './styles.css';

async function boot() {
  // English (the fallback) is needed whatever the language: the first screen's part of it comes alongside
  // the first calls; that of another language as soon as the language is known.
  void loadPart('en', 'first');
  const language = readLanguage();
  const [resources, first] = await Promise.all([language.then(firstScreenResources), readFirstScreen(language)]);
  await initI18n(first.language, resources);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App first={first} />
    </StrictMode>,
  );
  // The rest of the words and the other steps' code come once the first screen is up and the page has
  // nothing else to do.
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
  whenIdle(() => {
    void completeCatalogs().catch(() => undefined);
    void prefetchSteps();
  });
}

void boot();
