// What Mailjet says must be published for a domain: the hand-over point between the Mailjet setup
// (main/core/mailjet) and the DNS record builder (shared/dns). Every field is as Mailjet returns it;
// the builder normalises names (FQDN with or without trailing dot, or relative).
export interface MailjetDnsValues {
  /** Host of the ownership TXT record, e.g. "mailjet._12345678.example.it." (Mailjet's OwnerShipTokenRecordName). */
  ownershipName?: string;
  /** Value of the ownership TXT record (Mailjet's OwnerShipToken; public, it is published in DNS). */
  ownershipValue?: string;
  /** Host of the DKIM TXT record (Mailjet's DKIMRecordName), e.g. "mailjet._domainkey.example.it.". */
  dkimName?: string;
  /** Value of the DKIM TXT record (Mailjet's DKIMRecordValue), "k=rsa; p=...". */
  dkimValue?: string;
  /** The SPF value Mailjet suggests (Mailjet's SPFRecordValue), e.g. "v=spf1 include:spf.mailjet.com ~all". */
  spfValue?: string;
}
