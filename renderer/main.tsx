import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { assistant } from './bridge';
import { loadCatalog, loadResources } from '../shared/i18n';
import { initI18n } from './i18n';
import { prefetchSteps } from './steps/StepView';
import './styles.css';

async function boot() {
  const api = assistant();
  // English (the fallback) is needed whatever the language: its chunk comes alongside the first calls; the
  // catalog of another language as soon as the language is known.
  const language = api.languageGet({}).then((result) => (result.ok ? result.value.language : 'en'));
  void loadCatalog('en');
  const [info, progress, settings, demo, resources] = await Promise.all([
    api.appInfo({}),
    api.progressRead({}),
    api.settingsRead({}),
    api.demoInfo({}),
    language.then(loadResources),
  ]);
  await initI18n(await language, resources);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App
        info={info.ok ? info.value : undefined}
        initialProgress={progress.ok ? progress.value : undefined}
        initialSettings={settings.ok ? settings.value : {}}
        demo={demo.ok ? demo.value : { active: false }}
      />
    </StrictMode>,
  );
  // The other steps' code comes once the first screen is up and the page has nothing else to do.
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
  whenIdle(() => void prefetchSteps());
}

void boot();
