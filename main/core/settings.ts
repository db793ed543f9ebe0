import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Conf from 'conf';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/languages';
import { findSecretLookingKeys, settingsSchema, type Settings, type SettingsPatch } from '../../shared/settings';
import { INITIAL_PROGRESS, normaliseProgress, type WizardProgress } from '../../shared/wizard';
import { containsSecret } from './redaction';

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
    // A file that fails the schema is a file someone edited by hand or an older build wrote with a field
    // we no longer accept (worst case: a secret). Starting clean is safer than carrying it along; the
    // settings are re-creatable and the keychain is untouched.
    clearInvalidConfig: true,
    projectVersion: '1.0.0',
  } as const;
}

export function settingsFilePath(dir: string): string {
  return join(dir, `${SETTINGS_FILE_NAME}.json`);
}

/** Tells whether the file on disk would be refused, before the store clears it, so the refusal can be logged. */
export function inspectSettingsFile(dir: string): 'absent' | 'valid' | 'invalid' {
  const file = settingsFilePath(dir);
  if (!existsSync(file)) return 'absent';
  try {
    return settingsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8'))).success ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
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
      try {
        const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
        return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
      } catch {
        // Absent or not JSON: an empty store, as conf's clearInvalidConfig would give.
        return {};
      }
    },
    set store(value: Record<string, unknown>) {
      conf ??= new Conf(settingsStoreOptions(dir)) as unknown as SettingsBackend;
      conf.store = value;
    },
  };
}

export class SettingsStore {
  constructor(private readonly backend: SettingsBackend) {
    // The store refuses such a file only in memory (conf 15, the newest that runs on Node 20, leaves it on
    // disk): write the empty store back, so whatever the file carried (a secret, at worst) is gone.
    if (inspectSettingsFile(dirname(backend.path)) === 'invalid') backend.store = {};
  }

  get path(): string {
    return this.backend.path;
  }

  read(): Settings {
    const parsed = settingsSchema.safeParse(this.backend.store);
    return parsed.success ? parsed.data : {};
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
    const secretKeys = findSecretLookingKeys(next);
    if (secretKeys.length || containsSecret(JSON.stringify(next))) {
      throw new AppError('settings.secret-refused', secretKeys.length ? { field: secretKeys[0]! } : {});
    }
    const parsed = settingsSchema.safeParse(next);
    if (!parsed.success) {
      throw new AppError('settings.invalid', { field: parsed.error.issues[0]?.path.join('.') ?? '' });
    }
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
