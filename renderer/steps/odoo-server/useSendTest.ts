import { isLanguage } from '@shared/languages';
import { useOperation } from '../../hooks/useOperation';

/** The test e-mail as a long operation: what was asked (for the advice's wait) and what came back. */
export function useSendTest() {
  const operation = useOperation('odooSendTest');
  const send = (to: string, from: string, language: string) =>
    operation.run({
      to: to.trim(),
      ...(from.trim() ? { from: from.trim() } : {}),
      ...(isLanguage(language) ? { language } : {}),
    });
  return { ...operation, send };
}
