import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Conf from 'conf';
import type { z } from 'zod';
import { AppError } from '@shared/errors';
import type { Language } from '@shared/languages';
import {
  findSecretLookingKeys,
  salvageSettings,
  secretCapableValues,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from '@shared/settings';
import { settingsRefusal } from '@shared/settings/refusal';
import { INITIAL_PROGRESS, normaliseProgress, type WizardProgress } from '@shared/wizard';
import { isStoredSecret, redact, redactDeep } from '../core/redaction';
import { SETTINGS_FILE_NAME, settingsFilePath } from './paths';

// Settings hold what can be re-created: choices, addresses, progress. The file is written by conf in the
// Node faces and by electron-store (conf underneath) in the desktop face, and checked once, here, by
// `checkSettings` with the zod schema: neither store is given a schema of its own, so the two accept and
// refuse exactly the same files, and no JSON Schema is compiled at start-up.

export { settingsFilePath };

/** The part of a conf / electron-store instance this module uses. */
export interface SettingsBackend {
  /** Reading parses the file; assigning writes the whole file at once. */
  store: Record<string, unknown>;
  readonly path: string;
}

/** The one check of what the settings file holds, for every backend: on opening, on each read, before each write. */
function checkSettings(value: unknown): z.ZodSafeParseResult<Settings> {
  return settingsSchema.safeParse(value);
}

const BOM = /^\uFEFF/;

/**
 * The settings file's text as a value. Editors on Windows may save a byte order mark; it is no reason to
 * refuse the file, so it is skipped here, for our own reads and for the store classes' (`deserialize`).
 */
function parseSettingsText(text: string): unknown {
  return JSON.parse(text.replace(BOM, ''));
}

/** Options shared by both store classes, so the two faces read and write the same file in the same format. */
export function settingsStoreOptions(cwd: string) {
  return {
    cwd,
    configName: SETTINGS_FILE_NAME,
    // electron-store takes the file name from `name` and overwrites `configName` with it.
    name: SETTINGS_FILE_NAME,
    // A file that cannot be parsed (edited by hand, truncated) is never cleared by the store: the store
    // throws, and `recoverSettingsFile` moves it aside and keeps what is valid.
    clearInvalidConfig: false,
    // conf merges what this returns into a plain object; its callers below only ever write.
    deserialize: (text: string) => parseSettingsText(text) as Record<string, unknown>,
    projectVersion: '1.0.0',
  } as const;
}

/** A store class over the settings file: conf, or electron-store in the desktop face. */
export type SettingsStoreClass = new (options: ReturnType<typeof settingsStoreOptions>) => unknown;

/** Where a refused settings file went, for the one sentence every face shows. */
export interface SettingsRecovery {
  movedTo: string;
}

const unreadable = (file: string) => new AppError('settings.unreadable', { path: file });

/** `settings.json.invalid-2026-12-03T10-23-05Z`: sortable, and valid as a file name on every system. */
function asideName(file: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
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
function recoverSettingsFile(dir: string, now = new Date()): SettingsRecovery | undefined {
  const file = settingsFilePath(dir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw unreadable(file);
  }
  const body = text.replace(BOM, '');
  let parsed: unknown;
  try {
    parsed = parseSettingsText(body);
  } catch {
    parsed = undefined;
  }
  if (parsed !== undefined && checkSettings(parsed).success) return undefined;
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

function refusalOf(issue: z.core.$ZodIssue | undefined, settings: Settings): AppError {
  return settingsRefusal(issue, settings) ?? new AppError('settings.invalid', { field: issue?.path.join('.') ?? '' });
}

/** Opens the settings in `dir` after recovering a refused file; conf writes them unless the face gives another class. */
export function openSettingsStore(dir: string, StoreClass: SettingsStoreClass = Conf): SettingsStore {
  const recovery = recoverSettingsFile(dir);
  return new SettingsStore(createSettingsBackend(dir, StoreClass), recovery);
}

/**
 * The settings file, read here and written by a store of the class given, which is opened on the first
 * write. Reading needs no store: SettingsStore checks everything it reads. Both faces' backends are made
 * here, so they read alike, and a start that only reads never opens a store.
 */
function createSettingsBackend(dir: string, StoreClass: SettingsStoreClass): SettingsBackend {
  let writer: SettingsBackend | undefined;
  const path = settingsFilePath(dir);
  return {
    path,
    get store(): Record<string, unknown> {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
        throw error;
      }
      // A file that is no JSON object throws, as conf does, so the store recovers it instead of writing over it.
      const parsed = parseSettingsText(text);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new SyntaxError('the settings file is not a JSON object');
      return parsed as Record<string, unknown>;
    },
    set store(value: Record<string, unknown>) {
      writer ??= new StoreClass(settingsStoreOptions(dir)) as SettingsBackend;
      writer.store = value;
    },
  };
}

/** conf over the settings file: the Node faces' backend. */
export function createConfBackend(dir: string): SettingsBackend {
  return createSettingsBackend(dir, Conf);
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
    const parsed = checkSettings(this.readBackend());
    if (parsed.success) return parsed.data;
    // Changed on disk while we run into something the schema refuses: recovered like any refused file.
    this.recover();
    const recovered = checkSettings(this.readBackend());
    if (!recovered.success) throw unreadable(this.path);
    return recovered.data;
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
    for (const [section, values] of Object.entries(patch) as [
      keyof SettingsPatch,
      Record<string, unknown> | undefined,
    ][]) {
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
    const parsed = checkSettings(next);
    if (!parsed.success) throw refusalOf(parsed.error.issues[0], next);
    try {
      // One assignment, one file write: the file never holds half of a change.
      this.backend.store = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
    } catch {
      throw new AppError('settings.unwritable');
    }
    return parsed.data;
  }
}
