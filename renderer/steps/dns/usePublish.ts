import { useEffect, useRef } from 'react';
import type { ChannelInput } from '@shared/contract';
import type { DnsApiProvider } from '@shared/contract/publish';
import { useDnsPublishStatus } from '../../data/queries';
import { useOperation } from '../../hooks/useOperation';
import type { RecordsRequest } from './dns-request';

/**
 * "Publish for me": whether a credential for the provider is at hand, saving one (checked by the core
 * before it is stored), the plan, and applying it. The credential itself never comes back.
 *
 * The plan only reads the zone, so it is computed without a click: as soon as a credential is saved,
 * and once when the panel opens with one already saved. Writing still waits for the user's click.
 */
export function usePublish(provider: DnsApiProvider, request: RecordsRequest) {
  const read = useDnsPublishStatus(provider);
  // A status that cannot be read offers the credential form, as one that says nothing is saved does.
  const status = read.data ?? (read.error ? { saved: false } : undefined);
  const save = useOperation('dnsPublishSaveCredential');
  const plan = useOperation('dnsPublishPlan');
  const apply = useOperation('dnsPublishApply');

  const input: ChannelInput<'dnsPublishPlan'> = { ...request, provider };
  const { run: runPlan, reset: resetPlan } = plan;
  const { reset: resetApply } = apply;
  // One automatic plan per panel: a save in flight makes its own, so the status it changes does not start a second.
  const planned = useRef(false);
  const saving = useRef(false);
  const requestKey = JSON.stringify(input);
  const showPlan = () => {
    resetApply();
    return runPlan(input);
  };
  useEffect(() => {
    if (!status?.saved || planned.current || saving.current) return;
    planned.current = true;
    void runPlan(JSON.parse(requestKey) as ChannelInput<'dnsPublishPlan'>);
  }, [status?.saved, requestKey, runPlan]);

  return {
    status,
    save,
    plan,
    apply,
    saveCredential: async (fields: Omit<ChannelInput<'dnsPublishSaveCredential'>, 'provider' | 'domain'>) => {
      saving.current = true;
      try {
        const saved = await save.run({ ...fields, provider, domain: request.domain });
        if (saved) {
          // The status is read again by the data layer (client.ts) once the save has landed; the plan follows at once.
          planned.current = true;
          resetPlan();
          void showPlan();
        }
        return saved;
      } finally {
        saving.current = false;
      }
    },
    showPlan,
    publish: () => apply.run(input),
  };
}
