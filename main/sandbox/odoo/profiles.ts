// What differs between the Odoo versions the stand-in plays, as far as the assistant can notice:
// the version answer, the selection values, which models and fields exist, and how has_group is called.

export type StandInVersion = 16 | 17 | 18 | 19;

export interface VersionProfile {
  version: StandInVersion;
  versionInfo: [number, number, number, string, number, string];
  encryption: Array<[string, string]>;
  authentication: Array<[string, string]>;
  /** 17+: addresses live on mail.alias.domain instead of system parameters. */
  aliasDomainModel: boolean;
  /** 16/17 declare has_group on the model (called without ids); 18+ on a user record. */
  hasGroupOnRecord: boolean;
  serverFields: string[];
  /** 16 requires a host for every server; 17+ not (a "Command Line Interface" server has none). */
  hostRequired: boolean;
}

const BASE_FIELDS = [
  'id',
  'name',
  'from_filter',
  'smtp_host',
  'smtp_port',
  'smtp_authentication',
  'smtp_user',
  'smtp_pass',
  'smtp_encryption',
  'smtp_ssl_certificate',
  'smtp_ssl_private_key',
  'smtp_debug',
  'sequence',
  'active',
  'display_name',
];

const CLASSIC_ENCRYPTION: Array<[string, string]> = [
  ['none', 'None'],
  ['starttls', 'TLS (STARTTLS)'],
  ['ssl', 'SSL/TLS'],
];

export const PROFILES: Record<StandInVersion, VersionProfile> = {
  16: {
    version: 16,
    versionInfo: [16, 0, 0, 'final', 0, ''],
    encryption: CLASSIC_ENCRYPTION,
    authentication: [
      ['login', 'Username'],
      ['certificate', 'SSL Certificate'],
    ],
    aliasDomainModel: false,
    hasGroupOnRecord: false,
    serverFields: BASE_FIELDS,
    hostRequired: true,
  },
  17: {
    version: 17,
    versionInfo: [17, 0, 0, 'final', 0, ''],
    encryption: CLASSIC_ENCRYPTION,
    authentication: [
      ['login', 'Username'],
      ['certificate', 'SSL Certificate'],
      ['cli', 'Command Line Interface'],
    ],
    aliasDomainModel: true,
    hasGroupOnRecord: false,
    serverFields: BASE_FIELDS,
    hostRequired: false,
  },
  18: {
    version: 18,
    versionInfo: [18, 0, 0, 'final', 0, ''],
    encryption: CLASSIC_ENCRYPTION,
    authentication: [
      ['login', 'Username'],
      ['certificate', 'SSL Certificate'],
      ['cli', 'Command Line Interface'],
    ],
    aliasDomainModel: true,
    hasGroupOnRecord: true,
    serverFields: [...BASE_FIELDS, 'max_email_size'],
    hostRequired: false,
  },
  19: {
    version: 19,
    versionInfo: [19, 0, 0, 'final', 0, ''],
    encryption: [
      ['none', 'None'],
      ['starttls_strict', 'TLS (STARTTLS), encryption and validation'],
      ['starttls', 'TLS (STARTTLS), encryption only'],
      ['ssl_strict', 'SSL/TLS, encryption and validation'],
      ['ssl', 'SSL/TLS, encryption only'],
    ],
    authentication: [
      ['login', 'Username'],
      ['certificate', 'SSL Certificate'],
      ['cli', 'Command Line Interface'],
    ],
    aliasDomainModel: true,
    hasGroupOnRecord: true,
    serverFields: [...BASE_FIELDS, 'max_email_size', 'owner_user_id', 'owner_limit_time', 'owner_limit_count'],
    hostRequired: false,
  },
};
