import type { ChannelInput } from '@shared/contract';
import type { DnsApiProvider } from '@shared/contract/publish';
import { useDnsPublishStatus } from '../../data/queries';
import { useOperation } from '../../hooks/useOperation';
import type { RecordsRequest } from './dns-request';

/**
 * "Publish for me": whether a credential for the provider is at hand, saving one (checked by the core
 * before it is stored), the plan, and applying it. The credential itself never comes back.
 */
export function usePublish(provider: DnsApiProvider, request: RecordsRequest) {
  const read = useDnsPublishStatus(provider);
  // A status that cannot be read offers the credential form, as one that says nothing is saved does.
  const status = read.data ?? (read.error ? { saved: false } : undefined);
  const save = useOperation('dnsPublishSaveCredential');
  const plan = useOperation('dnsPublishPlan');
  const apply = useOperation('dnsPublishApply');

  const input: ChannelInput<'dnsPublishPlan'> = { ...request, provider };
  return {
    status,
    save,
    plan,
    apply,
    saveCredential: async (fields: Omit<ChannelInput<'dnsPublishSaveCredential'>, 'provider' | 'domain'>) => {
      const saved = await save.run({ ...fields, provider, domain: request.domain });
      if (saved) {
        // The status is read again by the data layer (client.ts) once the save has landed.
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
