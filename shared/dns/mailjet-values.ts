import { z } from 'zod';

// What Mailjet says must be published for a domain: the hand-over point between the Mailjet setup
// (main/core/mailjet) and the DNS record builder (shared/dns). Every field is as Mailjet returns it (or
// as the user pasted it from Mailjet's screens); the builder normalises names (FQDN with or without
// trailing dot, or relative). This is the one declaration of these fields: the DNS and Mailjet
// contracts, the settings (the last setup's values and the pasted ones) and the parser of Mailjet's
// answer all take it, or its limits, from here.

/**
 * The longest value each field may hold, and why:
 * - names: a DNS name is at most 253 characters written out (255 octets on the wire, RFC 1035 §3.1),
 *   plus the trailing dot Mailjet writes (`mailjet._1a2b3c4d.example.it.`) and a little room for the
 *   spaces a copy from a web page brings along;
 * - the ownership value: Mailjet's OwnerShipToken is a short hex-like string (its length is UNVERIFIED:
 *   Mailjet's guide shows no real one; the stand-in draws 32 hex digits), so 512 is room to spare
 *   without letting a whole pasted page through;
 * - the DKIM value: `v=DKIM1; k=rsa; p=<base64 key>` is 410 characters for a 2048-bit RSA key (the
 *   default a third-party guide reports since 2024; UNVERIFIED from Mailjet), 754 for a 4096-bit one
 *   and about 1430 for an 8192-bit one; 4096 holds any of them, even pasted as several quoted strings
 *   with line breaks, as some DNS panels show a split value;
 * - the SPF value: Mailjet suggests `v=spf1 include:spf.mailjet.com ~all`; a merged record stays within
 *   a few hundred characters (RFC 7208 §3.4 asks for records that fit a 512-octet answer), 2048 keeps
 *   a long pasted one.
 */
export const MAILJET_DNS_VALUE_LIMITS = {
  ownershipName: 300,
  ownershipValue: 512,
  dkimName: 300,
  dkimValue: 4096,
  spfValue: 2048,
} as const;

const text = (max: number) => z.string().max(max).optional();

export const mailjetDnsValuesSchema = z.object({
  /** Host of the ownership TXT record, e.g. "mailjet._12345678.example.it." (Mailjet's OwnerShipTokenRecordName). */
  ownershipName: text(MAILJET_DNS_VALUE_LIMITS.ownershipName),
  /** Value of the ownership TXT record (Mailjet's OwnerShipToken; public, it is published in DNS). */
  ownershipValue: text(MAILJET_DNS_VALUE_LIMITS.ownershipValue),
  /** Host of the DKIM TXT record (Mailjet's DKIMRecordName), e.g. "mailjet._domainkey.example.it.". */
  dkimName: text(MAILJET_DNS_VALUE_LIMITS.dkimName),
  /** Value of the DKIM TXT record (Mailjet's DKIMRecordValue), "k=rsa; p=...". */
  dkimValue: text(MAILJET_DNS_VALUE_LIMITS.dkimValue),
  /** The SPF value Mailjet suggests (Mailjet's SPFRecordValue), e.g. "v=spf1 include:spf.mailjet.com ~all". */
  spfValue: text(MAILJET_DNS_VALUE_LIMITS.spfValue),
});

export type MailjetDnsValues = z.infer<typeof mailjetDnsValuesSchema>;

/** What can be copied by hand from Mailjet's screens (the DKIM record's name is always Mailjet's usual one). */
export const pastedMailjetDnsValuesSchema = mailjetDnsValuesSchema.pick({
  ownershipName: true,
  ownershipValue: true,
  dkimValue: true,
});
