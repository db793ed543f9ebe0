import type { CliCommand, CliCommandSpec, OptionSpec } from './framework';

// What every command is called and which options it takes, without its code: `--help`, a usage error
// and the choice of command need only this, so they start as fast as Node does. A command's group (its
// file, with the core, Mailjet's and Odoo's clients behind it) is imported when the command runs.

const EXPECTED_RECORD_OPTIONS: Record<string, OptionSpec> = {
  domain: { type: 'string' },
  'existing-spf': { type: 'string' },
  'existing-dmarc': { type: 'string' },
  'odoo-online': { type: 'boolean' },
  'ownership-name': { type: 'string' },
  'ownership-value': { type: 'string' },
  'dkim-name': { type: 'string' },
  'dkim-value': { type: 'string' },
  'dmarc-rua': { type: 'string' },
};

// `dns publish` reads the zone's own SPF and DMARC, so it takes every record option but those two.
const { 'existing-spf': _spf, 'existing-dmarc': _dmarc, ...ZONE_RECORD_OPTIONS } = EXPECTED_RECORD_OPTIONS;

const ODOO_CONNECTION_OPTIONS: Record<string, OptionSpec> = {
  url: { type: 'string' },
  db: { type: 'string' },
  login: { type: 'string' },
};

export const WEB = {
  web: {
    group: 'web',
    words: ['web'],
    key: 'cli.commands.web',
    options: { port: { type: 'string' }, demo: { type: 'boolean' }, 'no-open': { type: 'boolean' } },
  },
} satisfies Record<string, CliCommandSpec>;

export const LOGIN = {
  login: {
    group: 'login',
    words: ['login'],
    key: 'cli.commands.login',
    positionals: 1,
    options: {
      'api-key': { type: 'string' },
      url: { type: 'string' },
      db: { type: 'string' },
      login: { type: 'string' },
    },
  },
  logout: { group: 'login', words: ['logout'], key: 'cli.commands.logout', positionals: 1 },
  status: { group: 'login', words: ['status'], key: 'cli.commands.status' },
} satisfies Record<string, CliCommandSpec>;

export const DNS = {
  records: {
    group: 'dns',
    words: ['dns', 'records'],
    key: 'cli.commands.dns.records',
    options: {
      ...EXPECTED_RECORD_OPTIONS,
      provider: { type: 'string' },
      format: { type: 'string' },
      lookup: { type: 'boolean' },
      resolver: { type: 'string' },
    },
    required: ['domain'],
  },
  check: {
    group: 'dns',
    words: ['dns', 'check'],
    key: 'cli.commands.dns.check',
    options: { ...EXPECTED_RECORD_OPTIONS, resolver: { type: 'string' } },
    required: ['domain'],
  },
  providers: { group: 'dns', words: ['dns', 'providers'], key: 'cli.commands.dns.providers' },
  publish: {
    group: 'dns',
    words: ['dns', 'publish'],
    key: 'cli.commands.dns.publish',
    options: {
      ...ZONE_RECORD_OPTIONS,
      provider: { type: 'string' },
      'zone-id': { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
    required: ['domain', 'provider'],
  },
} satisfies Record<string, CliCommandSpec>;

export const MAILJET = {
  keys: {
    group: 'mailjet',
    words: ['mailjet', 'keys'],
    key: 'cli.commands.mailjet.keys',
    options: { 'api-key': { type: 'string' }, region: { type: 'string' } },
    required: ['api-key'],
  },
  verify: { group: 'mailjet', words: ['mailjet', 'verify'], key: 'cli.commands.mailjet.verify' },
  setup: {
    group: 'mailjet',
    words: ['mailjet', 'setup'],
    key: 'cli.commands.mailjet.setup',
    options: {
      domain: { type: 'string' },
      type: { type: 'string' },
      notifications: { type: 'string' },
      bounce: { type: 'string' },
      catchall: { type: 'string' },
      'activation-emails': { type: 'string' },
    },
    required: ['domain'],
  },
  status: {
    group: 'mailjet',
    words: ['mailjet', 'status'],
    key: 'cli.commands.mailjet.status',
    options: { domain: { type: 'string' }, check: { type: 'boolean' } },
  },
} satisfies Record<string, CliCommandSpec>;

export const ODOO = {
  info: {
    group: 'odoo',
    words: ['odoo', 'info'],
    key: 'cli.commands.odoo.info',
    options: { ...ODOO_CONNECTION_OPTIONS },
  },
  setup: {
    group: 'odoo',
    words: ['odoo', 'setup'],
    key: 'cli.commands.odoo.setup',
    options: {
      ...ODOO_CONNECTION_OPTIONS,
      port: { type: 'string' },
      purpose: { type: 'string' },
      domain: { type: 'string' },
      'api-key': { type: 'string' },
      'keep-odoo-server': { type: 'boolean' },
      'skip-test': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
    },
  },
  test: {
    group: 'odoo',
    words: ['odoo', 'test'],
    key: 'cli.commands.odoo.test',
    options: { ...ODOO_CONNECTION_OPTIONS, 'api-key': { type: 'string' }, server: { type: 'string' } },
  },
  sendTest: {
    group: 'odoo',
    words: ['odoo', 'send-test'],
    key: 'cli.commands.odoo.sendTest',
    options: { ...ODOO_CONNECTION_OPTIONS, to: { type: 'string' }, from: { type: 'string' }, wait: { type: 'string' } },
    required: ['to'],
  },
  guide: {
    group: 'odoo',
    words: ['odoo', 'guide'],
    key: 'cli.commands.odoo.guide',
    options: {
      port: { type: 'string' },
      purpose: { type: 'string' },
      version: { type: 'string' },
      domain: { type: 'string' },
    },
  },
  databases: {
    group: 'odoo',
    words: ['odoo', 'databases'],
    key: 'cli.commands.odoo.databases',
    options: { url: { type: 'string' } },
    required: ['url'],
  },
} satisfies Record<string, CliCommandSpec>;

/** Every command, in the order `--help` lists them. */
export const COMMAND_SPECS: CliCommandSpec[] = [
  ...Object.values(WEB),
  ...Object.values(LOGIN),
  ...Object.values(DNS),
  ...Object.values(MAILJET),
  ...Object.values(ODOO),
];

type CommandGroup = CliCommandSpec['group'];

// One import() per group: the bundler makes each a chunk of its own, read only when one of its commands runs.
const GROUPS: Record<CommandGroup, () => Promise<CliCommand[]>> = {
  web: () => import('./web').then((m) => m.webCommands),
  login: () => import('./login').then((m) => m.loginCommands),
  dns: () => import('./dns').then((m) => m.dnsCommands),
  mailjet: () => import('./mailjet').then((m) => m.mailjetCommands),
  odoo: () => import('./odoo').then((m) => m.odooCommands),
};

/** Imports the command's group and returns the command with its code. */
export async function loadCommand(spec: CliCommandSpec): Promise<CliCommand> {
  const command = (await GROUPS[spec.group]()).find((candidate) => candidate.key === spec.key);
  if (!command)
    throw new Error(`command ${spec.words.join(' ')} is registered but its group ${spec.group} does not define it`);
  return command;
}
