import { PROFILES, type StandInVersion, type VersionProfile } from './profiles';

// The data one stand-in database holds: users, system parameters, outgoing mail servers, the alias
// domain and company (17+). Seeded like a small company's Odoo: an administrator, an ordinary user,
// one transactional SMTP server and the alias domain example.com.

export interface StandInUser {
  id: number;
  login: string;
  password: string;
  apiKeys: string[];
  admin: boolean;
  companyId: number;
}

export type ServerValues = Record<string, unknown> & { id: number; active: boolean; sequence: number; name: string };

export interface AliasDomain {
  id: number;
  name: string;
  bounce_alias: string;
  catchall_alias: string;
  default_from: string;
  company_ids: number[];
  sequence: number;
}

/** mail.template as far as archiving a server is concerned. */
export interface TemplateRecord {
  id: number;
  name: string;
  mail_server_id: number | false;
  active: boolean;
}

/** mailing.mailing (Email Marketing): its state runs draft → in_queue → sending → done. */
export interface MailingRecord {
  id: number;
  subject: string;
  mail_server_id: number | false;
  state: 'draft' | 'in_queue' | 'sending' | 'done';
  active: boolean;
  schedule_date?: string | false;
}

/** mail.mail as the test e-mail uses it (odoo/addons/mail/models/mail_mail.py, 17). */
export interface MailRecord {
  id: number;
  email_from: string;
  email_to: string;
  subject: string;
  body_html: string;
  /** A Python dict literal, read by Odoo with ast.literal_eval. */
  headers: string | false;
  mail_server_id: number | false;
  message_id: string;
  auto_delete: boolean;
  state: 'outgoing' | 'sent' | 'received' | 'exception' | 'cancel';
  failure_reason: string | false;
}

export interface SeedOptions {
  version?: StandInVersion;
  db?: string;
  users?: Array<Omit<StandInUser, 'id' | 'companyId'>>;
  aliasDomain?: string;
  transactionalServer?: boolean;
  massMailingInstalled?: boolean;
  neutralized?: boolean;
}

export const SEED_ADMIN = {
  login: 'admin',
  password: 'admin-password-odoo',
  apiKeys: ['odoo-api-key-0123456789abcdef'],
  admin: true,
};
export const SEED_USER = { login: 'sales', password: 'sales-password-odoo', apiKeys: [], admin: false };
/** The demo's logins: nothing real is behind them. A password must differ from every login and
 * database name, or redaction (which scrubs remembered secrets) would also scrub those. */
export const DEMO_ODOO_USERS = [
  { login: 'admin', password: 'odoo-demo-admin', apiKeys: [], admin: true },
  { login: 'demo', password: 'odoo-demo-user', apiKeys: [], admin: false },
];

export class StandInDatabase {
  readonly profile: VersionProfile;
  readonly name: string;
  readonly users: StandInUser[];
  readonly params = new Map<string, string>();
  readonly servers = new Map<number, ServerValues>();
  readonly aliasDomains: AliasDomain[] = [];
  readonly templates: TemplateRecord[] = [];
  readonly mailings: MailingRecord[] = [];
  massMailingInstalled: boolean;
  readonly mails = new Map<number, MailRecord>();
  private nextServerId = 1;

  constructor(options: SeedOptions = {}) {
    this.profile = PROFILES[options.version ?? 17];
    this.name = options.db ?? 'demo';
    this.massMailingInstalled = options.massMailingInstalled ?? true;
    this.users = (options.users ?? [SEED_ADMIN, SEED_USER]).map((user, i) => ({ ...user, id: i + 2, companyId: 1 }));
    const domain = options.aliasDomain ?? 'example.com';
    this.params.set('mail.catchall.alias', 'catchall');
    this.params.set('mail.bounce.alias', 'bounce');
    this.params.set('mail.default.from', 'notifications');
    if (this.profile.aliasDomainModel) {
      this.aliasDomains.push({
        id: 1,
        name: domain,
        bounce_alias: 'bounce',
        catchall_alias: 'catchall',
        default_from: 'notifications',
        company_ids: [1],
        sequence: 10,
      });
    } else {
      this.params.set('mail.catchall.domain', domain);
    }
    if (options.transactionalServer ?? true) {
      this.insertServer({
        name: 'Company SMTP (transactional)',
        smtp_host: 'smtp.example.com',
        smtp_port: 587,
        smtp_encryption: 'starttls',
        smtp_user: 'odoo@example.com',
        smtp_pass: 'transactional-smtp-password',
        from_filter: false,
        sequence: 1,
      });
    }
    if (options.neutralized) this.neutralize();
  }

  /** What Odoo's neutralize.sql does to a staging copy. */
  neutralize(): void {
    for (const server of this.servers.values()) server.active = false;
    this.insertServer({
      name: 'neutralization - disable emails',
      smtp_host: 'invalid',
      smtp_port: 1025,
      smtp_encryption: 'none',
      sequence: 1,
    });
    this.params.set('database.is_neutralized', 'true');
  }

  serverDefaults(): Record<string, unknown> {
    return {
      from_filter: false,
      smtp_host: false,
      // Odoo's default; only the form's onchange turns it into 465, never an RPC create.
      smtp_port: 25,
      smtp_authentication: 'login',
      smtp_user: false,
      smtp_pass: false,
      smtp_encryption: 'none',
      smtp_ssl_certificate: false,
      smtp_ssl_private_key: false,
      smtp_debug: false,
      sequence: 10,
      active: true,
      ...(this.profile.serverFields.includes('max_email_size') ? { max_email_size: 0 } : {}),
      ...(this.profile.serverFields.includes('owner_user_id')
        ? { owner_user_id: false, owner_limit_time: 0, owner_limit_count: 0 }
        : {}),
    };
  }

  insertServer(values: Record<string, unknown>): number {
    const id = this.nextServerId++;
    this.servers.set(id, { ...this.serverDefaults(), ...values, id } as ServerValues);
    return id;
  }

  userByCredentials(login: string, secret: string): StandInUser | undefined {
    return this.users.find(
      (user) => user.login === login && (user.password === secret || user.apiKeys.includes(secret)),
    );
  }

  userById(uid: number, secret: string): StandInUser | undefined {
    return this.users.find((user) => user.id === uid && (user.password === secret || user.apiKeys.includes(secret)));
  }

  /** Odoo's notifications address: the alias domain's default_from_email (17+), mail.default.from @ mail.catchall.domain (16). */
  notificationsEmail(): string | undefined {
    const alias = this.aliasDomains[0];
    if (alias) return this.aliasEmails(alias).default_from_email;
    const from = this.params.get('mail.default.from');
    const domain = this.params.get('mail.catchall.domain');
    if (!from) return undefined;
    return from.includes('@') ? from : domain ? `${from}@${domain}` : undefined;
  }

  aliasEmails(alias: AliasDomain) {
    const from = alias.default_from.includes('@') ? alias.default_from : `${alias.default_from}@${alias.name}`;
    return {
      bounce_email: `${alias.bounce_alias}@${alias.name}`,
      catchall_email: `${alias.catchall_alias}@${alias.name}`,
      default_from_email: from,
    };
  }
}
