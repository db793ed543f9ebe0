import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Conf from 'conf';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/languages';
import { findSecretLookingKeys, salvageSettings, secretCapableValues, settingsSchema, type Settings, type SettingsPatch } from '../../shared/settings';
import { INITIAL_PROGRESS, normaliseProgress, type WizardProgress } from '../../shared/wizard';
import { isStoredSecret, redact, redactDeep } from './redaction';

// Settings hold what can be re-created: choices, addresses, progress. They are validated twice: by our
// zod schema (the types the code relies on) and by the store's own JSON Schema, generated from the same
// source, so electron-store in the desktop face and conf elsewhere accept and refuse the same files.

export const SETTINGS_FILE_NAME = 'settings';

/** The part of a conf / electron-store instance this module uses. */
export interface SettingsBackend {
  /** Reading parses the file; assigning validates and writes the whole file at once. */
  store: Record<string, unknown>;
  readonly path: string;
}

function storeSchema() {
  const json = z.toJSONSchema(settingsSchema, { target: 'draft-2020-12' }) as { properties: Record<string, object> };
  return json.properties;
}

/** Options shared by both store classes, so the two faces write the same file in the same format. */
export function settingsStoreOptions(cwd: string) {
  return {
    cwd,
    configName: SETTINGS_FILE_NAME,
    // electron-store takes the file name from `name` and overwrites `configName` with it.
    name: SETTINGS_FILE_NAME,
    schema: storeSchema(),
    rootSchema: { additionalProperties: false },
    // A file that fails the schema (edited by hand, truncated, written by another build) is never cleared
    // by the store: the store throws, and `recoverSettingsFile` moves it aside and keeps what is valid.
    clearInvalidConfig: false,
    projectVersion: '1.0.0',
  } as const;
}

export function settingsFilePath(dir: string): string {
  return join(dir, `${SETTINGS_FILE_NAME}.json`);
}

/** Where a refused settings file went, for the one sentence every face shows. */
export interface SettingsRecovery {
  movedTo: string;
}

const unreadable = (file: string) => new AppError('settings.unreadable', { path: file });
const BOM = /^\uFEFF/;

/** `settings.json.invalid-2026-12-03T10-23-05Z`: sortable, and valid as a file name on every system. */
function asideName(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
  let candidate = `${file}.invalid-${stamp}`;
  for (let n = 2; existsSync(candidate); n += 1) candidate = `${file}.invalid-${stamp}-${n}`;
  return candidate;
}

/** The refused file's text for the copy kept aside: fields named like secrets masked, known secrets scrubbed. */
function scrubbedCopy(text: string, parsed: unknown): string {
  if (parsed !== undefined) return redact(`${JSON.stringify(redactDeep(parsed), null, 2)}\n`);
  // Not JSON (cut short, say): the value after a key named like a secret is masked as far as it goes.
  return redact(text.replace(SECRET_FIELD_IN_TEXT, '$1"[secret]"'));
}

const SECRET_FIELD_IN_TEXT = /("[^"]*(?:secret|passw|pwd|token|private|credential)[^"]*"\s*:\s*)"(?:[^"\\]|\\.)*"?/gi;

/**
 * Checks the settings file before a store opens it. A file the schema refuses is moved aside (secrets
 * scrubbed) and replaced by everything in it that is still valid; the caller tells the user where the old
 * file went. A file that cannot be read at all (a folder, no permission) is an error naming the file:
 * nothing is moved then, since nothing could be read to keep.
 */
export function recoverSettingsFile(dir: string, now = new Date()): SettingsRecovery | undefined {
  const file = settingsFilePath(dir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw unreadable(file);
  }
  // Editors on Windows may save a byte order mark; both stores skip it, so it is no reason to refuse the file.
  const body = text.replace(BOM, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    parsed = undefined;
  }
  if (parsed !== undefined && settingsSchema.safeParse(parsed).success) return undefined;
  const kept = salvageSettings(parsed);
  const movedTo = asideName(file, now);
  try {
    writeFileSync(movedTo, scrubbedCopy(body, parsed), { mode: 0o600, flag: 'wx' });
    // The kept settings replace the file in one rename, so a crash leaves either the old file or the new one.
    const next = `${file}.tmp-${process.pid}`;
    writeFileSync(next, `${JSON.stringify(kept, undefined, '\t')}\n`, { mode: 0o600 });
    renameSync(next, file);
  } catch {
    throw new AppError('settings.unwritable');
  }
  return { movedTo };
}

/** What the user typed, quoted back without the control characters that may be why it was refused. */
const shown = (value: unknown) => (typeof value === 'string' ? value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD').trim().slice(0, 120) : ''); // eslint-disable-line no-control-regex

/**
 * A refusal by the settings schema as the error the step using the value would give (the refinements in
 * shared/settings/fields.ts carry its code); `root` is what the issue's path starts from. Undefined for
 * any other issue.
 */
export function settingsRefusal(issue: z.core.$ZodIssue | undefined, root: unknown): AppError | undefined {
  const code = issue?.code === 'custom' ? issue.message : '';
  if (!code) return undefined;
  const path = issue!.path;
  const value = shown(path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey], root));
  if (code === 'mailjet.bad-address') return new AppError(code, { role: String(path[path.length - 1] ?? ''), address: value });
  if (code === 'dns.invalid-domain' || code === 'dns.invalid-email' || code === 'dns.invalid-resolver') return new AppError(code, { value });
  if (code === 'odoo.url-invalid' || code === 'odoo.https-required') return new AppError(code);
  return undefined;
}

function refusalOf(issue: z.core.$ZodIssue | undefined, settings: Settings): AppError {
  return settingsRefusal(issue, settings) ?? new AppError('settings.invalid', { field: issue?.path.join('.') ?? '' });
}

/** Opens a store on `dir` after recovering a refused file; a store that cannot open names the file. */
export function openSettingsStore(dir: string, createBackend: (dir: string) => SettingsBackend = createConfBackend): SettingsStore {
  const recovery = recoverSettingsFile(dir);
  let backend: SettingsBackend;
  try {
    backend = createBackend(dir);
  } catch (error) {
    throw error instanceof AppError ? error : unreadable(settingsFilePath(dir));
  }
  return new SettingsStore(backend, recovery);
}

/**
 * conf over the settings file, opened on the first write. Opening compiles the JSON Schema, the costliest
 * part of a start; reading needs no conf, since SettingsStore checks everything it reads with the zod schema
 * the JSON Schema comes from. Writes go through conf, and its schema, as before.
 */
export function createConfBackend(dir: string): SettingsBackend {
  let conf: SettingsBackend | undefined;
  const path = settingsFilePath(dir);
  return {
    path,
    get store(): Record<string, unknown> {
      if (conf) return conf.store;
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
        throw error;
      }
      // A file that is no JSON object throws, as conf does, so the store recovers it instead of writing over it.
      const parsed: unknown = JSON.parse(text.replace(BOM, ''));
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new SyntaxError('the settings file is not a JSON object');
      return parsed as Record<string, unknown>;
    },
    set store(value: Record<string, unknown>) {
      conf ??= new Conf(settingsStoreOptions(dir)) as unknown as SettingsBackend;
      conf.store = value;
    },
  };
}

export class SettingsStore {
  private recovered: SettingsRecovery | undefined;

  constructor(
    private readonly backend: SettingsBackend,
    recovery?: SettingsRecovery,
  ) {
    this.recovered = recovery;
  }

  get path(): string {
    return this.backend.path;
  }

  /** Set when a refused file was moved aside since this store opened: every face says where it went. */
  get recovery(): SettingsRecovery | undefined {
    return this.recovered;
  }

  read(): Settings {
    const parsed = settingsSchema.safeParse(this.readBackend());
    if (parsed.success) return parsed.data;
    // Valid for the store's JSON Schema but not for ours (a refinement): recovered like any refused file.
    this.recover();
    return settingsSchema.parse(this.readBackend());
  }

  /** The file as the store reads it; a file it refuses (changed on disk while we run) is recovered first. */
  private readBackend(): unknown {
    try {
      return this.backend.store;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException)?.code;
      if (code && code !== 'ENOENT') throw unreadable(this.path);
      this.recover();
      return this.backend.store;
    }
  }

  private recover(): void {
    this.recovered = recoverSettingsFile(dirname(this.path)) ?? this.recovered;
  }

  /** Merges each section shallowly: a field left out keeps its value, a field set to undefined is removed. */
  patch(patch: SettingsPatch): Settings {
    const current = this.read();
    const next: Settings = { ...current };
    for (const [section, values] of Object.entries(patch) as [keyof SettingsPatch, Record<string, unknown> | undefined][]) {
      if (!values) continue;
      const merged = { ...(current[section] as Record<string, unknown> | undefined), ...values };
      for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
      (next as Record<string, unknown>)[section] = merged;
    }
    return this.write(next);
  }

  /** Replaces one section wholesale; for the core modules that own it. */
  replaceSection<K extends keyof Settings>(section: K, value: Settings[K]): Settings {
    return this.write({ ...this.read(), [section]: value });
  }

  progress(): WizardProgress {
    const saved = this.read().wizard;
    return saved ? normaliseProgress(saved) : INITIAL_PROGRESS;
  }

  setProgress(change: Partial<WizardProgress>): WizardProgress {
    const next = normaliseProgress({ ...this.progress(), ...change });
    this.replaceSection('wizard', next);
    return next;
  }

  language(): Language | undefined {
    return this.read().language;
  }

  setLanguage(language: Language): void {
    this.replaceSection('language', language);
  }

  /** Validates and stores the whole file in one write, and returns what was stored. */
  private write(next: Settings): Settings {
    // Refused: a field named like a secret, or a value that IS a secret stored right now, in a field where
    // one could be pasted by mistake. Not refused: a password that merely occurs in an address, a database
    // name or a login (admin/admin), nor a candidate that Mailjet or Odoo turned down and nobody stored.
    const secretKeys = findSecretLookingKeys(next);
    const storedSecret = secretCapableValues(next).find(({ value }) => isStoredSecret(value));
    if (secretKeys.length || storedSecret) {
      throw new AppError('settings.secret-refused', { field: secretKeys[0] ?? storedSecret!.path });
    }
    const parsed = settingsSchema.safeParse(next);
    if (!parsed.success) throw refusalOf(parsed.error.issues[0], next);
    try {
      // One assignment, one file write: the file never holds half of a change.
      this.backend.store = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
    } catch (error) {
      if (error instanceof Error && /schema violation/i.test(error.message)) throw new AppError('settings.invalid');
      throw new AppError('settings.unwritable');
    }
    return parsed.data;
  }
}
