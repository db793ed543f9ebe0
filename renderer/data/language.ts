import type { ErrorPayload } from '@shared/errors';
import type { Language } from '@shared/languages';
import { callResult } from './channel';

/** Saves the language chosen (the shell's switch, which runs without the query cache); answers the refusal, if any. */
export async function saveLanguage(language: Language): Promise<ErrorPayload | undefined> {
  const result = await callResult('languageSet', { language });
  return result.ok ? undefined : result.error;
}
