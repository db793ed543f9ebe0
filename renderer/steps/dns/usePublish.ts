import { useCallback, useEffect, useState } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import type { DnsApiProvider } from '../../../shared/contract/publish';
import { assistant } from '../../bridge';
import { useOperation } from '../../hooks/useOperation';
import type { RecordsRequest } from './dns-request';

type Status = ChannelOutput<'dnsPublishStatus'>;

/**
 * "Publish for me": whether a credential for the provider is at hand, saving one (checked by the core
 * before it is stored), the plan, and applying it. The credential itself never comes back.
 */
export function usePublish(provider: DnsApiProvider, request: RecordsRequest) {
  const [status, setStatus] = useState<Status | undefined>();
  const save = useOperation('dnsPublishSaveCredential');
  const plan = useOperation('dnsPublishPlan');
  const apply = useOperation('dnsPublishApply');

  // Bumped after a save, so the status is asked again.
  const [asked, setAsked] = useState(0);
  const refresh = useCallback(() => setAsked((count) => count + 1), []);

  useEffect(() => {
    let current = true;
    void assistant()
      .dnsPublishStatus({ provider })
      .then((result) => {
        if (current) setStatus(result.ok ? result.value : { saved: false });
      });
    return () => {
      current = false;
    };
  }, [provider, asked]);

  const input: ChannelInput<'dnsPublishPlan'> = { ...request, provider };
  return {
    status,
    save,
    plan,
    apply,
    saveCredential: async (fields: Omit<ChannelInput<'dnsPublishSaveCredential'>, 'provider' | 'domain'>) => {
      const saved = await save.run({ ...fields, provider, domain: request.domain });
      if (saved) {
        refresh();
        plan.reset();
        apply.reset();
      }
      return saved;
    },
    showPlan: () => {
      apply.reset();
      return plan.run(input);
    },
    publish: () => apply.run(input),
  };
}
