import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { assistant } from './bridge';
import { initI18n } from './i18n';
import { prefetchSteps } from './steps/StepView';
import './styles.css';

async function boot() {
  const api = assistant();
  const [language, info, progress, settings, demo] = await Promise.all([
    api.languageGet({}),
    api.appInfo({}),
    api.progressRead({}),
    api.settingsRead({}),
    api.demoInfo({}),
  ]);
  await initI18n(language.ok ? language.value.language : 'en');
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
