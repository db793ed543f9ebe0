import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMAND_SPECS } from '@main/cli/commands';
import { createMemoryKeychain } from '@main/host/keychain';
import { cli } from '@test/support/cli';

// The command line reaches the core only through `dispatch` (main/cli/call-channel.ts), so every command
// gets the contract's input parsing, result whitelist, scrubbed errors, progress and Ctrl+C. Checked two
// ways: each command runs on a core whose handlers, keychain and settings refuse any call that does not
// come through dispatch; and no file of main/cli imports the core's work modules or dispatch itself.

const door = vi.hoisted(() => ({
  /** Channels whose handler dispatch called, in order. */
  reached: [] as string[],
  /** Handlers, keychain or settings methods called from outside dispatch. */
  bypassed: [] as string[],
  cores: 0,
}));

vi.mock('@main/core/dispatch', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@main/core/dispatch')>();
  const { AsyncLocalStorage } = await import('node:async_hooks');
  const { AppError } = await import('@shared/errors');
  const insideDispatch = new AsyncLocalStorage<true>();

  /** Every method of `target` refuses to run outside dispatch; plain properties (a path, a notice) stay readable. */
  const guarded = <T extends object>(name: string, target: T): T =>
    new Proxy(target, {
      get(object, key, receiver) {
        const value = Reflect.get(object, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (!insideDispatch.getStore()) door.bypassed.push(`${name}.${String(key)}`);
          return value.apply(object, args);
        };
      },
    });

  return {
    ...actual,
    createCore: (deps: Parameters<typeof actual.createCore>[0]) => {
      door.cores++;
      const core = actual.createCore({
        ...deps,
        keychain: guarded('keychain', deps.keychain),
        settings: guarded('settings', deps.settings),
      });
      // The work itself is not what is tested here: a handler notes that it was reached, and stops the command.
      const handlers = new Proxy(core.handlers, {
        get(_table, channel) {
          return async () => {
            if (!insideDispatch.getStore()) door.bypassed.push(`handlers.${String(channel)}`);
            else door.reached.push(String(channel));
            throw new AppError('app.cancelled');
          };
        },
      });
      return { ...core, handlers };
    },
    dispatch: (...args: Parameters<typeof actual.dispatch>) => insideDispatch.run(true, () => actual.dispatch(...args)),
  };
});

interface Case {
  args: string[];
  stdin?: string;
  /** The channel the command's first call to the core must be; none: it never builds the core. */
  reaches: string | null;
}

const odooLogin = ['--url', 'https://example.odoo.com', '--db', 'example', '--login', 'admin'];
const MAILJET_SECRET = 'door-test-secret-key-0000000000ab';

/** Every command of commands.ts by its locale key, with the arguments of a real use. */
const CASES: Record<string, Case[]> = {
  'cli.commands.login': [
    { args: ['login', 'odoo', ...odooLogin], stdin: 'a-typed-odoo-password\n', reaches: 'odooSaveLogin' },
    {
      args: ['login', 'mailjet', '--api-key', 'abcdef0123456789'],
      stdin: `${MAILJET_SECRET}\n`,
      reaches: 'settingsWrite',
    },
    { args: ['login', 'mailjet'], stdin: `${MAILJET_SECRET}\n`, reaches: 'keychainSave' },
  ],
  'cli.commands.logout': [{ args: ['logout', 'odoo'], reaches: 'keychainForget' }],
  'cli.commands.status': [{ args: ['status'], reaches: 'keychainStatus' }],
  'cli.commands.dns.records': [
    { args: ['dns', 'records', '--domain', 'example.it', '--lookup'], reaches: 'dnsRecords' },
    // Preparing records is offline, shared code: no core at all.
    { args: ['dns', 'records', '--domain', 'example.it'], reaches: null },
  ],
  'cli.commands.dns.check': [{ args: ['dns', 'check', '--domain', 'example.it'], reaches: 'dnsCheck' }],
  'cli.commands.dns.publish': [
    {
      args: ['dns', 'publish', '--domain', 'example.it', '--provider', 'cloudflare', '--dry-run'],
      reaches: 'dnsPublishPlan',
    },
  ],
  'cli.commands.dns.providers': [{ args: ['dns', 'providers'], reaches: null }],
  'cli.commands.mailjet.keys': [
    {
      args: ['mailjet', 'keys', '--api-key', 'abcdef0123456789'],
      stdin: `${MAILJET_SECRET}\n`,
      reaches: 'mailjetSaveKeys',
    },
  ],
  'cli.commands.mailjet.verify': [{ args: ['mailjet', 'verify'], reaches: 'mailjetVerify' }],
  'cli.commands.mailjet.setup': [{ args: ['mailjet', 'setup', '--domain', 'example.it'], reaches: 'mailjetSetup' }],
  'cli.commands.mailjet.status': [{ args: ['mailjet', 'status', '--domain', 'example.it'], reaches: 'mailjetStatus' }],
  'cli.commands.odoo.info': [{ args: ['odoo', 'info', ...odooLogin], reaches: 'odooConnect' }],
  'cli.commands.odoo.setup': [
    { args: ['odoo', 'setup', ...odooLogin], reaches: 'odooSetup' },
    { args: ['odoo', 'setup', '--dry-run'], reaches: 'odooPlan' },
  ],
  'cli.commands.odoo.test': [{ args: ['odoo', 'test'], reaches: 'odooTest' }],
  'cli.commands.odoo.sendTest': [
    { args: ['odoo', 'send-test', '--to', 'someone@example.it'], reaches: 'odooSendTest' },
  ],
  'cli.commands.odoo.guide': [{ args: ['odoo', 'guide', '--version', '17'], reaches: 'odooGuide' }],
  'cli.commands.odoo.databases': [
    { args: ['odoo', 'databases', '--url', 'https://example.odoo.com'], reaches: 'odooDatabases' },
  ],
};

/** Commands that host a face rather than call the core: `web` serves the wizard, whose server dispatches every call (main/web tests). */
const HOSTS_A_FACE = ['cli.commands.web'];

describe('every CLI command', () => {
  afterEach(() => {
    door.reached.length = 0;
    door.bypassed.length = 0;
    door.cores = 0;
  });

  it('is listed here: a new command needs its case', () => {
    expect(
      COMMAND_SPECS.map((spec) => spec.key)
        .filter((key) => !HOSTS_A_FACE.includes(key))
        .sort(),
    ).toEqual(Object.keys(CASES).sort());
  });

  for (const [key, cases] of Object.entries(CASES)) {
    for (const { args, stdin, reaches } of cases) {
      it(`reaches the core only through dispatch: mailjet-odoo ${args.join(' ')}`, async () => {
        const run = await cli(args, { keychain: createMemoryKeychain(), ...(stdin ? { stdin } : {}) });
        expect(door.bypassed, `${key} called the core around dispatch`).toEqual([]);
        if (reaches) {
          expect(door.reached, run.stderr).toEqual([reaches]);
          // The handler's failure came back through dispatch as a phrased error, not as a crash.
          expect(run.code).toBe(3);
          expect(run.stderr).not.toMatch(/\n\s+at /);
        } else {
          expect(door.cores, 'an offline command built the core').toBe(0);
          expect(run.code, run.stderr).toBe(0);
        }
      });
    }
  }
});

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The core modules a command-line file may import: the door (dispatch.ts, with the core's type) and the redaction. */
const HOST_MODULES = ['dispatch', 'redaction'];

describe('main/cli', () => {
  const files = sources('main/cli');

  it('imports no work module of the core: no Mailjet, Odoo or DNS code, handler tables or call context', () => {
    const imports = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\()\s*['"]\.\.\/core\/([^'"]+)['"]/g)].map((match) => ({
        file,
        module: match[1]!,
      })),
    );
    expect(imports.length).toBeGreaterThan(0);
    expect(
      imports
        .filter(({ module }) => !HOST_MODULES.includes(module))
        .map(({ file, module }) => `${file} -> core/${module}`),
    ).toEqual([]);
  });

  it('calls dispatch in one place only, the door', () => {
    // Comments and import lines aside (the module that holds it is named dispatch.ts).
    const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\/|^import[^;]*;/gm, '');
    const callers = files.filter((file) => /\bdispatch\b/.test(code(file)));
    expect(callers).toEqual([join('main', 'cli', 'call-channel.ts')]);
  });

  it("has no command file that reaches into the core's handlers or dependencies itself", () => {
    const commandFiles = [...new Set(COMMAND_SPECS.map((spec) => join('main', 'cli', `${spec.group}.ts`)))];
    expect(commandFiles.length).toBe(5);
    expect(commandFiles.filter((file) => /\.(handlers|deps|operations)\b/.test(readFileSync(file, 'utf8')))).toEqual(
      [],
    );
  });
});
