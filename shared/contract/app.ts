import { z } from 'zod';
import { LANGUAGES } from '../languages';
import { settingsPatchSchema, settingsSchema } from '../settings';
import { PATHS, STEP_IDS } from '../wizard';
import { channel, noInput, operationIdSchema, type ErrorKindMap } from './channel';

export const SECRET_NAMES = ['mailjet', 'odoo'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

/** Where a saved secret is kept: the system keychain, or the main process's memory for this session only. */
export const SECRET_STORAGES = ['keychain', 'session'] as const;

const progressSchema = z
  .object({ path: z.enum(PATHS), current: z.enum(STEP_IDS), completed: z.array(z.enum(STEP_IDS)) })
  .strict();

const secretStatusSchema = z.object({
  saved: z.boolean(),
  /** The last four characters, so the user can tell which key is stored without seeing it. */
  endsWith: z.string().max(4).optional(),
  /**
   * Where the value comes from: the system keychain, this session's memory only (no keychain answered,
   * or the demo; gone when the app closes), or an environment variable, which wins over both (CLI only).
   */
  source: z.enum([...SECRET_STORAGES, 'environment']).optional(),
});

/** Asks the core to keep the secret in memory for this session only, never writing it anywhere. */
const sessionOnlyInput = z.boolean().optional();

/** What can stand between the assistant and the keychain: each needs its own fix. */
export const KEYCHAIN_ERROR_CODES = ['keychain.unavailable', 'keychain.locked', 'keychain.failed'] as const;
export type KeychainErrorCode = (typeof KEYCHAIN_ERROR_CODES)[number];

export const appChannels = {
  appInfo: channel(
    noInput,
    z.object({
      name: z.string(),
      version: z.string(),
      face: z.enum(['desktop', 'web', 'cli']),
      demo: z.boolean(),
      platform: z.string(),
      /** Where a settings file that had to be refused was moved, so the wizard can say so. */
      settingsRecovered: z.object({ movedTo: z.string() }).optional(),
    }),
  ),
  languageGet: channel(noInput, z.object({ language: z.enum(LANGUAGES), source: z.enum(['saved', 'system']) })),
  languageSet: channel(z.object({ language: z.enum(LANGUAGES) }).strict(), z.object({ language: z.enum(LANGUAGES) })),
  keychainStatus: channel(
    noInput,
    z.object({
      available: z.boolean(),
      errorCode: z.enum(KEYCHAIN_ERROR_CODES).optional(),
      secrets: z.object({ mailjet: secretStatusSchema, odoo: secretStatusSchema }),
    }),
  ),
  keychainSave: channel(
    z
      .object({ name: z.enum(SECRET_NAMES), value: z.string().trim().min(1).max(1024), sessionOnly: sessionOnlyInput })
      .strict(),
    z.object({ saved: z.literal(true), endsWith: z.string().max(4), source: z.enum(SECRET_STORAGES) }),
    { secretInput: 'value' },
  ),
  keychainForget: channel(z.object({ name: z.enum(SECRET_NAMES) }).strict(), z.object({ forgotten: z.boolean() })),
  settingsRead: channel(noInput, settingsSchema),
  settingsWrite: channel(z.object({ patch: settingsPatchSchema }).strict(), settingsSchema),
  progressRead: channel(noInput, progressSchema),
  progressWrite: channel(
    z
      .object({
        path: z.enum(PATHS).optional(),
        current: z.enum(STEP_IDS).optional(),
        completed: z.array(z.enum(STEP_IDS)).optional(),
      })
      .strict(),
    progressSchema,
  ),
  cancel: channel(z.object({ operationId: operationIdSchema }).strict(), z.object({ cancelled: z.boolean() })),
  /** Puts a stored secret on the system clipboard for pasting into Odoo or Mailjet; the page never sees it. */
  clipboardCopySecret: channel(
    z.object({ name: z.enum(SECRET_NAMES) }).strict(),
    z.object({ copied: z.literal(true), clearedAfterSeconds: z.number().int() }),
  ),
};

export const appErrors = {
  'app.internal': 'internal',
  'app.invalid-input': 'input',
  'app.unknown-channel': 'input',
  'app.cancelled': 'service',
  'app.untrusted-sender': 'input',
  'keychain.unavailable': 'service',
  'keychain.locked': 'service',
  'keychain.failed': 'service',
  'keychain.missing': 'input',
  'clipboard.unavailable': 'service',
  'settings.invalid': 'input',
  'settings.secret-refused': 'input',
  'settings.unwritable': 'service',
  'settings.unreadable': 'service',
  'cli.usage': 'input',
  'cli.unknown-command': 'input',
  'cli.missing-option': 'input',
  'cli.invalid-option': 'input',
  'cli.unexpected-argument': 'input',
  'cli.secret-stdin': 'input',
  'cli.secret-too-long': 'input',
  // Ctrl+C at a prompt; the CLI exits 130 for it, as a shell does for an interrupted program.
  'cli.cancelled': 'input',
  'web.port-in-use': 'service',
  'web.session-expired': 'input',
  'web.unreachable': 'service',
  'web.renderer-missing': 'internal',
} satisfies ErrorKindMap;
