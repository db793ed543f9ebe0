import type { ChannelOutput } from '@shared/contract';
import type { Language } from '@shared/languages';
import type { Settings } from '@shared/settings';
import type { WizardProgress } from '@shared/wizard';
import { call } from './channel';

// What the first screen needs, read with plain calls: the shell and the Welcome step run without the query
// cache (TanStack Query comes with the first other step, see steps/StepView.tsx), so the page's first
// script does not carry it. What the cache also wants (the settings) is handed to it when it comes.

/** What the shell shows first; a read that failed is absent, and its fallback shows. */
export interface FirstScreen {
  language: Language;
  info?: ChannelOutput<'appInfo'>;
  demo: ChannelOutput<'demoInfo'>;
  progress?: WizardProgress;
  settings?: Settings;
}

const NO_DEMO: ChannelOutput<'demoInfo'> = { active: false };

const orNothing = <T>(read: Promise<T>): Promise<T | undefined> => read.catch(() => undefined);

/** The language shown first: the saved choice, else the system's (the core decides), else English. */
export function readLanguage(): Promise<Language> {
  return call('languageGet', {}).then(
    (value) => value.language,
    () => 'en' as const,
  );
}

/** Asks everything at once (the language too, unless already asked) and answers when all are back. */
export async function readFirstScreen(language: Promise<Language> = readLanguage()): Promise<FirstScreen> {
  const [lang, info, progress, settings, demo] = await Promise.all([
    language,
    orNothing(call('appInfo', {})),
    orNothing(call('progressRead', {})),
    orNothing(call('settingsRead', {})),
    orNothing(call('demoInfo', {})),
  ]);
  return {
    language: lang,
    demo: demo ?? NO_DEMO,
    ...(info ? { info } : {}),
    ...(progress ? { progress } : {}),
    ...(settings ? { settings } : {}),
  };
}
