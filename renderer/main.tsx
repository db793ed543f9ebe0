import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadCatalog, loadResources } from '@shared/i18n';
import { readFirstScreen, readLanguage } from './data/boot';
import { createQueryClient } from './data/client';
import { DataProvider } from './data/DataProvider';
import { initI18n } from './i18n';
import { prefetchSteps } from './steps/StepView';
import './styles.css';

async function boot() {
  const client = createQueryClient();
  // English (the fallback) is needed whatever the language: its chunk comes alongside the first calls; the
  // catalog of another language as soon as the language is known.
  void loadCatalog('en');
  const language = readLanguage(client);
  const [resources] = await Promise.all([language.then(loadResources), readFirstScreen(client)]);
  await initI18n(await language, resources);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <DataProvider client={client}>
        <App />
      </DataProvider>
    </StrictMode>,
  );
  // The other steps' code comes once the first screen is up and the page has nothing else to do.
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
  whenIdle(() => void prefetchSteps());
}

void boot();
