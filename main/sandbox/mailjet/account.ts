import { randomBytes } from 'node:crypto';
import { normaliseName, type TxtLookup } from './published-records';

// One Mailjet account (one API key) as the REST API shows it: senders, dns objects and the rules the
// Mailjet's API guides and official clients describe. Wording marked UNVERIFIED is a plausible
// guess: the app matches such texts loosely, so a wrong guess here cannot hide a bug there.

export interface Reply {
  status: number;
  body?: unknown;
  /** A body already written as JSON (the message API's IDs are too big for JSON.stringify of a number). */
  raw?: string;
  headers?: Record<string, string>;
}

type SenderStatusWord = 'Inactive' | 'Active' | 'Deleted';

export interface StandInSender {
  ID: number;
  Email: string;
  Name: string;
  EmailType: 'transactional' | 'bulk' | 'unknown';
  Status: SenderStatusWord;
  IsDefaultSender: boolean;
  DNSID: number;
  CreatedAt: string;
  Filename: string;
}

export interface StandInDns {
  ID: number;
  Domain: string;
  DKIMRecordName: string;
  DKIMRecordValue: string;
  DKIMStatus: 'Not checked' | 'OK' | 'Error';
  SPFRecordValue: string;
  SPFStatus: 'Not checked' | 'OK' | 'Error';
  OwnerShipToken: string;
  OwnerShipTokenRecordName: string;
  IsCheckInProgress: boolean;
  LastCheckAt: string;
}

export interface AccountBehaviour {
  /** The guide wraps validate in Count/Data/Total; recorded traffic has it at the top level. */
  validateEnvelope: 'top-level' | 'envelope';
  /** SPFRecordsCurrentValues (array, guide and Java SDK) or SPFRecordCurrentValue (string, Go SDK). */
  spfValuesField: 'plural' | 'singular';
  /** Demo only: after a failed domain validation the records count as published (the user "added" them). */
  publishAfterFailedValidation: boolean;
  onPublishRequested(dns: StandInDns): void;
}

export interface IdSource {
  sender(): number;
  dns(): number;
}

const EMAIL_TYPES = new Set(['transactional', 'bulk', 'unknown']);
const READ_ONLY = ['ID', 'Email', 'Status', 'DNSID', 'CreatedAt', 'Filename', 'DNS'];
const MAX_SENDERS = 100;
const MAX_SPF_DEPTH = 10;

export const errorBody = (status: number, message: string, relatedTo?: string[]) => ({
  ErrorInfo: '',
  ErrorMessage: message,
  ...(relatedTo ? { ErrorRelatedTo: relatedTo } : {}),
  StatusCode: status,
});

const fail = (status: number, message: string, relatedTo?: string[]): Reply => ({
  status,
  body: errorBody(status, message, relatedTo),
});
const envelope = (items: unknown[], total = items.length) => ({ Count: items.length, Data: items, Total: total });
const notFound = () => fail(404, 'Object not found');

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1);
const isDomainSender = (email: string) => email.startsWith('*@');
const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const collapse = (value: string) => value.replace(/"\s*"/g, '').replace(/"/g, '').replace(/\s+/g, ' ').trim();

function parseBool(value: string | null): boolean | undefined {
  if (value === null) return undefined;
  return /^(true|1)$/i.test(value) ? true : /^(false|0)$/i.test(value) ? false : undefined;
}

function page(query: URLSearchParams): { limit: number; offset: number } {
  const asked = Number(query.get('Limit') ?? '10');
  const limit = !Number.isFinite(asked) || asked <= 0 ? (asked === 0 ? 1000 : 10) : Math.min(1000, Math.floor(asked));
  const offset = Math.max(0, Math.floor(Number(query.get('Offset') ?? '0')) || 0);
  return { limit, offset };
}

// The DER framing of a 2048-bit RSA public key (SubjectPublicKeyInfo, exponent 65537) around a random
// modulus: cheap to make, and whole to the DKIM checks, which refuse a key whose framing is cut short.
const SPKI_RSA_2048_PREFIX = Buffer.from('30820122300d06092a864886f70d01010105000382010f003082010a0282010100', 'hex');
const RSA_EXPONENT_65537 = Buffer.from('0203010001', 'hex');

function standInPublicKey(): Buffer {
  return Buffer.concat([SPKI_RSA_2048_PREFIX, randomBytes(256), RSA_EXPONENT_65537]);
}

function validEmail(email: string): boolean {
  return /^(\*|[a-z0-9!#$%&'*+/=?^_`{|}~.-]+)@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(email);
}

export class StandInAccount {
  readonly senders: StandInSender[] = [];
  readonly dnsRecords: StandInDns[] = [];
  /** Activation e-mails Mailjet would have sent, in order. */
  readonly outbox: Array<{ to: string; at: string }> = [];
  /** Addresses deleted once: Mailjet does not switch them on by itself when their domain validates. */
  private readonly onceDeleted = new Set<string>();

  constructor(
    readonly apiKey: string,
    readonly secretKey: string,
    private readonly ids: IdSource,
    private readonly lookupTxt: TxtLookup,
    private readonly behaviour: AccountBehaviour,
  ) {}

  findSender(idOrEmail: string): StandInSender | undefined {
    if (/^\d+$/.test(idOrEmail)) return this.senders.find((s) => s.ID === Number(idOrEmail));
    const email = idOrEmail.toLowerCase();
    return this.senders.find((s) => s.Email === email);
  }

  findDns(idOrDomain: string): StandInDns | undefined {
    if (/^\d+$/.test(idOrDomain)) return this.dnsRecords.find((d) => d.ID === Number(idOrDomain));
    const domain = normaliseName(idOrDomain);
    return this.dnsRecords.find((d) => d.Domain === domain);
  }

  listSenders(query: URLSearchParams): Reply {
    const domain = query.get('Domain')?.toLowerCase();
    const email = query.get('Email')?.toLowerCase();
    const status = query.get('Status');
    const dnsId = query.get('DnsID');
    const isDomain = parseBool(query.get('IsDomainSender'));
    // UNVERIFIED: deleted senders are assumed hidden unless ShowDeleted=true, as the filter's name says.
    const showDeleted = parseBool(query.get('ShowDeleted')) ?? false;
    const matches = this.senders.filter(
      (s) =>
        (showDeleted || s.Status !== 'Deleted' || status === 'Deleted') &&
        (!domain || domainOf(s.Email) === domain) &&
        (!email || s.Email === email) &&
        (!status || s.Status.toLowerCase() === status.toLowerCase()) &&
        (!dnsId || String(s.DNSID) === dnsId) &&
        (isDomain === undefined || isDomainSender(s.Email) === isDomain),
    );
    // Mailjet's guide (_filtering-resources.md, review row M1): without countOnly, "Count and Total will
    // only show you the number of elements extracted and not the global number"; with it, the count.
    // The guide spells it countOnly, the Java SDK CountOnly: both are read (case rule UNVERIFIED).
    if (parseBool(query.get('countOnly') ?? query.get('CountOnly')))
      return { status: 200, body: envelope([], matches.length) };
    const { limit, offset } = page(query);
    return { status: 200, body: envelope(matches.slice(offset, offset + limit)) };
  }

  getSender(idOrEmail: string): Reply {
    const sender = this.findSender(idOrEmail);
    return sender ? { status: 200, body: envelope([sender]) } : notFound();
  }

  createSender(body: Record<string, unknown>): Reply {
    if ('Status' in body) return fail(400, 'MJ19 Setting a value for property "Status" is not allowed', ['Status']);
    const email = typeof body.Email === 'string' ? body.Email.trim().toLowerCase() : '';
    // UNVERIFIED wording for the three refusals below.
    if (!email) return fail(400, 'MJ03 A non empty value is required', ['Email']);
    if (!validEmail(email)) return fail(400, `MJ08 "${email}" is not a valid email address`, ['Email']);
    const emailType = body.EmailType === undefined ? 'unknown' : String(body.EmailType);
    if (!EMAIL_TYPES.has(emailType))
      return fail(400, `MJ07 Invalid value "${emailType}" for property "EmailType"`, ['EmailType']);
    const existing = this.findSender(email);
    if (existing) {
      // UNVERIFIED full text; production code matches "There is an already existing" / "sender with the same email".
      return fail(400, `There is an already existing ${existing.Status.toLowerCase()} sender with the same email`, [
        'Email',
      ]);
    }
    if (this.senders.length >= MAX_SENDERS)
      return fail(400, 'The maximum number of senders for this API key has been reached', ['Email']);
    const dns = this.ensureDns(domainOf(email));
    const domainWide = isDomainSender(email);
    const sender: StandInSender = {
      ID: this.ids.sender(),
      Email: email,
      Name: typeof body.Name === 'string' ? body.Name : '',
      EmailType: emailType as StandInSender['EmailType'],
      Status: 'Inactive',
      IsDefaultSender: body.IsDefaultSender === true,
      DNSID: dns.ID,
      CreatedAt: nowIso(),
      Filename: domainWide ? `${randomBytes(16).toString('hex')}.txt` : '',
    };
    this.senders.push(sender);
    // Since 2015 creating an address sends its activation e-mail (a domain has no mailbox to write to).
    if (!domainWide) this.outbox.push({ to: email, at: nowIso() });
    return { status: 201, body: envelope([sender]) };
  }

  updateSender(idOrEmail: string, body: Record<string, unknown>): Reply {
    const sender = this.findSender(idOrEmail);
    if (!sender) return notFound();
    const refused = Object.keys(body).find((key) => READ_ONLY.includes(key));
    if (refused) return fail(400, `MJ19 Setting a value for property "${refused}" is not allowed`, [refused]);
    if (body.EmailType !== undefined && !EMAIL_TYPES.has(String(body.EmailType))) {
      return fail(400, `MJ07 Invalid value "${String(body.EmailType)}" for property "EmailType"`, ['EmailType']);
    }
    const next = {
      Name: typeof body.Name === 'string' ? body.Name : sender.Name,
      EmailType:
        body.EmailType !== undefined ? (String(body.EmailType) as StandInSender['EmailType']) : sender.EmailType,
      IsDefaultSender: typeof body.IsDefaultSender === 'boolean' ? body.IsDefaultSender : sender.IsDefaultSender,
    };
    if (
      next.Name === sender.Name &&
      next.EmailType === sender.EmailType &&
      next.IsDefaultSender === sender.IsDefaultSender
    )
      return { status: 304 };
    Object.assign(sender, next);
    return { status: 200, body: envelope([sender]) };
  }

  /** A soft delete: the address stays and blocks a new POST with the same e-mail. */
  deleteSender(idOrEmail: string): Reply {
    const sender = this.findSender(idOrEmail);
    if (!sender) return notFound();
    sender.Status = 'Deleted';
    this.onceDeleted.add(sender.Email);
    return { status: 204 };
  }

  async validateSender(idOrEmail: string): Promise<Reply> {
    const sender = this.findSender(idOrEmail);
    if (!sender) return notFound();
    if (sender.Status === 'Active') return fail(400, 'The sender is already active');
    const dns = this.ensureDns(domainOf(sender.Email));
    if (isDomainSender(sender.Email)) {
      const found = await this.lookupTxt(dns.OwnerShipTokenRecordName);
      if (found.some((value) => collapse(value) === dns.OwnerShipToken)) {
        this.activateDomain(sender);
        return this.validation('DNS');
      }
      if (this.behaviour.publishAfterFailedValidation) this.behaviour.onPublishRequested(dns);
      return this.validation(
        '',
        'Neither the file at your domain root nor the DNS TXT record have been found to validate this sender.',
        {
          DNSValidationError:
            'DNS record verification failed as no TXT record for that ownership token was found on the remote server.',
          FileValidationError: `The file ${sender.Filename} could not be found at the root of http://www.${dns.Domain}/.`,
        },
      );
    }
    const domainSender = this.findSender(`*@${domainOf(sender.Email)}`);
    // UNVERIFIED: a deleted address is assumed to come back through validate like an inactive one.
    if (domainSender?.Status === 'Active') {
      sender.Status = 'Active';
      return this.validation('Domain');
    }
    this.outbox.push({ to: sender.Email, at: nowIso() });
    return this.validation('ActivationEmail');
  }

  /** The activation link in the e-mail was clicked. */
  clickActivation(email: string): boolean {
    const sender = this.findSender(email);
    if (!sender || isDomainSender(sender.Email)) return false;
    sender.Status = 'Active';
    return true;
  }

  listDns(query: URLSearchParams): Reply {
    const { limit, offset } = page(query);
    return { status: 200, body: envelope(this.dnsRecords.slice(offset, offset + limit)) }; // Total = page size (M1)
  }

  getDns(idOrDomain: string): Reply {
    const dns = this.findDns(idOrDomain);
    return dns ? { status: 200, body: envelope([dns]) } : notFound();
  }

  /** Reads the "live" records like Mailjet: one SPF record that reaches spf.mailjet.com, the DKIM value as given. */
  async checkDns(idOrDomain: string): Promise<Reply> {
    const dns = this.findDns(idOrDomain);
    if (!dns) return notFound();
    const dkimFound = await this.lookupTxt(dns.DKIMRecordName);
    const dkimOk = dkimFound.some((value) => collapse(value) === collapse(dns.DKIMRecordValue));
    // UNVERIFIED error wordings, apart from "no DKIM record" which the guide shows.
    const dkimErrors = dkimOk
      ? []
      : dkimFound.length
        ? ['DKIM record does not match the expected value']
        : ['no DKIM record'];
    const spfFound = (await this.lookupTxt(dns.Domain)).filter((value) => /^v=spf1(\s|$)/i.test(collapse(value)));
    const spfErrors =
      spfFound.length === 0
        ? ['no SPF record']
        : spfFound.length > 1
          ? ['more than one SPF record']
          : (await this.spfReachesMailjet(spfFound[0]!, 0))
            ? []
            : ['include:spf.mailjet.com is missing'];
    dns.DKIMStatus = dkimOk ? 'OK' : 'Error';
    dns.SPFStatus = spfErrors.length ? 'Error' : 'OK';
    dns.LastCheckAt = nowIso();
    const spfValues =
      this.behaviour.spfValuesField === 'plural'
        ? { SPFRecordsCurrentValues: spfFound }
        : { SPFRecordCurrentValue: spfFound[0] ?? '' };
    const result = {
      DKIMErrors: dkimErrors,
      DKIMRecordCurrentValue: dkimFound[0] ?? '',
      DKIMStatus: dns.DKIMStatus,
      SPFErrors: spfErrors,
      ...spfValues,
      SPFStatus: dns.SPFStatus,
    };
    return { status: 200, body: envelope([result]) };
  }

  setCheckInProgress(domain: string, running: boolean): void {
    const dns = this.findDns(domain);
    if (dns) dns.IsCheckInProgress = running;
  }

  /** Mailjet follows includes in cascade; so does the stand-in, within SPF's own limit of 10. */
  private async spfReachesMailjet(record: string, depth: number): Promise<boolean> {
    if (depth > MAX_SPF_DEPTH) return false;
    const includes = collapse(record)
      .split(' ')
      .filter((term) => /^[+?~-]?include:/i.test(term))
      .map((term) => term.slice(term.indexOf(':') + 1).toLowerCase());
    if (includes.includes('spf.mailjet.com')) return true;
    for (const target of includes) {
      const next = (await this.lookupTxt(target)).find((value) => /^v=spf1(\s|$)/i.test(collapse(value)));
      if (next && (await this.spfReachesMailjet(next, depth + 1))) return true;
    }
    return false;
  }

  /** The dns object appears with the first sender on its domain; there is no POST on `dns`. */
  private ensureDns(domain: string): StandInDns {
    const existing = this.findDns(domain);
    if (existing) return existing;
    const dns: StandInDns = {
      ID: this.ids.dns(),
      Domain: domain,
      DKIMRecordName: `mailjet._domainkey.${domain}`,
      // A 2048-bit key's worth of base64: long enough to need splitting into 255-byte TXT strings.
      DKIMRecordValue: `k=rsa; p=${standInPublicKey().toString('base64')}`,
      DKIMStatus: 'Not checked',
      SPFRecordValue: 'v=spf1 include:spf.mailjet.com ?all',
      SPFStatus: 'Not checked',
      OwnerShipToken: randomBytes(16).toString('hex'),
      // Observed fully qualified with a trailing dot, although the guide shows a bare token.
      OwnerShipTokenRecordName: `mailjet._${randomBytes(4).toString('hex')}.${domain}.`,
      IsCheckInProgress: false,
      LastCheckAt: '',
    };
    this.dnsRecords.push(dns);
    return dns;
  }

  /** A validated domain switches its pending addresses on, except those deleted once and reused. */
  private activateDomain(domainSender: StandInSender): void {
    domainSender.Status = 'Active';
    const domain = domainOf(domainSender.Email);
    for (const sender of this.senders) {
      if (sender.Status === 'Inactive' && domainOf(sender.Email) === domain && !this.onceDeleted.has(sender.Email))
        sender.Status = 'Active';
    }
  }

  private validation(method: string, globalError = '', errors: Record<string, string> = {}): Reply {
    const result = { ValidationMethod: method, Errors: errors, GlobalError: globalError };
    return { status: 200, body: this.behaviour.validateEnvelope === 'envelope' ? envelope([result]) : result };
  }
}
