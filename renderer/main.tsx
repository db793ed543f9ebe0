import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadCatalog, loadResources } from '@shared/i18n';
import { readFirstScreen, readLanguage } from './data/boot';
import { initI18n } from './i18n';
import { prefetchSteps } from './steps/StepView';
import './styles.css';

async function boot() {
  // English (the fallback) is needed whatever the language: its chunk comes alongside the first calls; the
  // catalog of another language as soon as the language is known.
  void loadCatalog('en');
  const language = readLanguage();
  const [resources, first] = await Promise.all([language.then(loadResources), readFirstScreen(language)]);
  await initI18n(first.language, resources);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App first={first} />
    </StrictMode>,
  );
  // The other steps' code comes once the first screen is up and the page has nothing else to do.
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
  whenIdle(() => void prefetchSteps());
}

void boot();
