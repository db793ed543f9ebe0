import { useCallback } from 'react';
import type { ErrorPayload } from '@shared/errors';
import { useDemoFillSecret, useKeychainForget } from '../../data/mutations';
import { useWizard } from '../../wizard-context';

interface Options {
  onForgotten(): void;
  resetConnect(): void;
  fail(error: ErrorPayload, action: 'forget' | 'demo'): void;
  clearFailure(): void;
}

/** Forgetting the saved password, and the demo's fill (its password never passes through the page). */
export function useOdooPasswordActions({ onForgotten, resetConnect, fail, clearFailure }: Options) {
  const { reopenStep } = useWizard();
  const { run: forget } = useKeychainForget();
  const { run: fillSecret } = useDemoFillSecret();

  const forgetPassword = useCallback(async (): Promise<boolean> => {
    clearFailure();
    const result = await forget({ name: 'odoo' });
    if (!result.ok) {
      fail(result.error, 'forget');
      return false;
    }
    onForgotten();
    resetConnect();
    reopenStep('odoo-connection');
    return true;
  }, [clearFailure, forget, fail, onForgotten, resetConnect, reopenStep]);

  const fillDemoPassword = useCallback(async (): Promise<boolean> => {
    clearFailure();
    const filled = await fillSecret({ name: 'odoo' });
    if (!filled.ok) {
      fail(filled.error, 'demo');
      return false;
    }
    resetConnect();
    return true;
  }, [clearFailure, fillSecret, fail, resetConnect]);

  /** Runs again the action that failed. */
  const retry = (action: 'forget' | 'demo') => (action === 'forget' ? forgetPassword() : fillDemoPassword());
  return { forgetPassword, fillDemoPassword, retry };
}
