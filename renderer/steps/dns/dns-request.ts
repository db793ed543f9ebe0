import type { ChannelInput, ChannelOutput } from '@shared/contract';
import type { Settings } from '@shared/settings';

// The one description of "the records for this domain" that the records, the exports and the check
// all receive, so the three never disagree about what should be published.

/** The classes of this step's fields (dns.css), for the shared Field component. */

export type RecordsResult = ChannelOutput<'dnsRecords'>;
export type CheckResult = ChannelOutput<'dnsCheck'>;
export type MailjetValues = NonNullable<ChannelInput<'dnsRecords'>['mailjet']>;
export type PastedValues = NonNullable<NonNullable<Settings['dns']>['pastedMailjet']>;

export interface RecordsRequest {
  domain: string;
  mailjet?: MailjetValues;
  odooOnline?: boolean;
  dmarcRua?: string;
}

export const hasMailjetValues = (values: MailjetValues | undefined) => !!(values?.ownershipValue || values?.dkimValue);

/** Pasted values: only what was filled in, and the DKIM record at Mailjet's usual name. */
export function pastedToValues(pasted: PastedValues | undefined): MailjetValues | undefined {
  const values: MailjetValues = {
    ...(pasted?.ownershipName?.trim() ? { ownershipName: pasted.ownershipName.trim() } : {}),
    ...(pasted?.ownershipValue?.trim() ? { ownershipValue: pasted.ownershipValue.trim() } : {}),
    ...(pasted?.dkimValue?.trim() ? { dkimValue: pasted.dkimValue.trim() } : {}),
  };
  return Object.keys(values).length ? values : undefined;
}

export function recordsRequest(domain: string, mailjet: MailjetValues | undefined, settings: Settings): RecordsRequest {
  const rua = settings.dns?.dmarcRua?.trim();
  return {
    domain,
    ...(mailjet ? { mailjet } : {}),
    ...(settings.dns?.odooOnline ? { odooOnline: true } : {}),
    ...(rua ? { dmarcRua: rua } : {}),
  };
}
