import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { ErrorPayload } from '@shared/errors';
import { normaliseProgress, type WizardProgress } from '@shared/wizard';
import { queryKeys } from './client';
import { useProgressWrite } from './mutations';

const FALLBACK_PROGRESS: WizardProgress = { path: 'automatic', current: 'welcome', completed: [] };

/**
 * The wizard's progress: every change shows at once and is saved at once, so closing the window at any
 * moment loses nothing. Saves run one after another; if one is refused, the screen goes back to what
 * was last saved and the refusal is shown.
 */
export function useProgress() {
  const client = useQueryClient();
  const initial = client.getQueryData<WizardProgress>(queryKeys.progress) ?? FALLBACK_PROGRESS;
  const [progress, setProgress] = useState<WizardProgress>(initial);
  const [error, setError] = useState<ErrorPayload | undefined>();
  const { run: write } = useProgressWrite();
  const shown = useRef(progress);
  const saved = useRef(progress);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const save = useCallback(
    (change: (current: WizardProgress) => Partial<WizardProgress> | undefined) => {
      const partial = change(shown.current);
      if (!partial) return;
      shown.current = normaliseProgress({ ...shown.current, ...partial });
      setProgress(shown.current);
      queue.current = queue.current.then(async () => {
        const result = await write(partial);
        if (result.ok) {
          saved.current = result.value;
          client.setQueryData(queryKeys.progress, result.value);
          setError(undefined);
        } else {
          shown.current = saved.current;
          setProgress(saved.current);
          setError(result.error);
        }
      });
    },
    [client, write],
  );

  return { progress, save, error, setError };
}
