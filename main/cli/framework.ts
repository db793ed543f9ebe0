import type { TFunction } from 'i18next';
import type { ParseArgsConfig } from 'node:util';
import type { Language } from '@shared/languages';
import type { Core } from '../core/dispatch';
import type { Keychain } from '../host/keychain';

// The command-line face: each command group lives in its own file, its commands' names and options in
// commands.ts. Commands talk to the same core as the other faces; this module only parses, prints and exits.
// Types only, besides EXIT: whatever this file imports, every command (and --help) loads.

/** 130 is what a shell reports for a program stopped by Ctrl+C (128 + SIGINT). */
export const EXIT = { done: 0, checkFailed: 1, badInput: 2, serviceFailed: 3, cancelled: 130 } as const;

interface TextSink {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  env: NodeJS.ProcessEnv;
  /** Tests hand in a keychain; the real CLI uses the OS keychain. */
  keychain?: Keychain;
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>[string];

export interface CliContext {
  t: TFunction;
  language: Language;
  json: boolean;
  io: CliIo;
  /** Imported and created on first use, so --help and offline commands never load it nor touch the keychain or settings. */
  core(): Promise<Core>;
  print(text: string): void;
  printJson(value: unknown): void;
}

/** What `--help` and the argument parser need; the code stays in the group's file until the command runs. */
export interface CliCommandSpec {
  /** The file (main/cli/<group>.ts) that holds the command's code. */
  group: 'web' | 'login' | 'dns' | 'mailjet' | 'odoo';
  /** Words that select the command, e.g. ['dns', 'check']. */
  words: string[];
  /** Locale key of the command: `<key>.summary`, `<key>.options.<name>`, optional `<key>.usage`. */
  key: string;
  options?: Record<string, OptionSpec>;
  /** Names of required options, checked before `run` with a localized message. */
  required?: string[];
  /** How many words after the command's own it takes (`login odoo`: 1); any more is a usage error. */
  positionals?: number;
}

export interface CliCommand extends CliCommandSpec {
  run(
    context: CliContext,
    values: Record<string, string | boolean | string[] | boolean[] | undefined>,
    positionals: string[],
  ): Promise<number>;
}
