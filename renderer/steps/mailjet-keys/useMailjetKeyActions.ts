import { useCallback } from 'react';
import { useDemoFillSecret, useKeychainForget, useSettingsWrite } from '../../data/mutations';
import { useFailedAction } from '../../hooks/useFailedAction';
import { useWizard } from '../../wizard-context';

interface Options {
  /** Asks Mailjet about the pair now saved. */
  check(): Promise<void>;
  onForgotten(): void;
  resetVerify(): void;
}

/** Forgetting the saved pair, and the demo's fill; each can fail, and then it is explained and offered again. */
export function useMailjetKeyActions({ check, onForgotten, resetVerify }: Options) {
  const { demo, reopenStep } = useWizard();
  const { run: forget } = useKeychainForget();
  const { run: fillSecret } = useDemoFillSecret();
  const patchSettings = useSettingsWrite();
  const { failed, fail, clear } = useFailedAction<'forget' | 'demo'>();

  const forgetKeys = useCallback(async (): Promise<boolean> => {
    clear();
    const result = await forget({ name: 'mailjet' });
    if (!result.ok) {
      fail(result.error, 'forget');
      return false;
    }
    onForgotten();
    resetVerify();
    reopenStep('mailjet-keys');
    return true;
  }, [clear, forget, fail, onForgotten, resetVerify, reopenStep]);

  /** The demo's secret goes to the demo keychain without passing through the page. */
  const fillDemoKeys = useCallback(async (): Promise<boolean> => {
    if (!demo.active || !demo.mailjetApiKey) return false;
    clear();
    const filled = await fillSecret({ name: 'mailjet' });
    const failure = !filled.ok
      ? filled.error
      : await patchSettings({ mailjet: { apiKey: demo.mailjetApiKey, region: 'default' } });
    if (failure) {
      fail(failure, 'demo');
      return false;
    }
    await check();
    return true;
  }, [demo, clear, fillSecret, patchSettings, fail, check]);

  return {
    forgetKeys,
    fillDemoKeys,
    clear,
    failedAction: failed && {
      error: failed.error,
      retry: () => void (failed.action === 'forget' ? forgetKeys() : fillDemoKeys()),
    },
  };
}
