import { useCallback, useRef, useState } from 'react';
import type { ErrorPayload } from '@shared/errors';
import { normaliseProgress, type WizardProgress } from '@shared/wizard';
import { callResult } from './channel';

const FALLBACK_PROGRESS: WizardProgress = { path: 'automatic', current: 'welcome', completed: [] };

/**
 * The wizard's progress, from what the first screen read: every change shows at once and is saved at once,
 * so closing the window at any moment loses nothing. Saves run one after another; if one is refused, the
 * screen goes back to what was last saved and the refusal is shown. Only the shell reads it, so it needs no
 * cache (the page's first script carries none).
 */
export function useProgress(initial: WizardProgress = FALLBACK_PROGRESS) {
  const [progress, setProgress] = useState<WizardProgress>(initial);
  const [error, setError] = useState<ErrorPayload | undefined>();
  const shown = useRef(progress);
  const saved = useRef(progress);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const save = useCallback((change: (current: WizardProgress) => Partial<WizardProgress> | undefined) => {
    const partial = change(shown.current);
    if (!partial) return;
    shown.current = normaliseProgress({ ...shown.current, ...partial });
    setProgress(shown.current);
    queue.current = queue.current.then(async () => {
      // callResult never throws (a bug answers app.internal): the queue never stops saving.
      const result = await callResult('progressWrite', partial);
      if (result.ok) {
        saved.current = result.value;
        setError(undefined);
      } else {
        shown.current = saved.current;
        setProgress(saved.current);
        setError(result.error);
      }
    });
  }, []);

  return { progress, save, error, setError };
}
