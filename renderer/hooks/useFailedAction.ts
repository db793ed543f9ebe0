import { useCallback, useState } from 'react';
import type { ErrorPayload } from '@shared/errors';

/** A side action that failed (forget, demo fill, a save around a connect): its error, and which one, to offer it again. */
export function useFailedAction<A extends string>() {
  const [failed, setFailed] = useState<{ error: ErrorPayload; action?: A } | undefined>();
  const fail = useCallback((error: ErrorPayload, action?: A) => setFailed(action ? { error, action } : { error }), []);
  const clear = useCallback(() => setFailed(undefined), []);
  return { failed, fail, clear };
}
