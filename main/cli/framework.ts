import type { TFunction } from 'i18next';
import type { ParseArgsConfig } from 'node:util';
import { errorKind } from '../../shared/contract';
import type { ErrorKind } from '../../shared/errors';
import type { Language } from '../../shared/languages';
import type { Core } from '../core/handlers';
import type { Keychain } from '../core/keychain';

// The command-line face: each command group lives in its own file and registers commands here.
// Commands talk to the same core as the other faces; this module only parses, prints and exits.

/** 130 is what a shell reports for a program stopped by Ctrl+C (128 + SIGINT). */
export const EXIT = { done: 0, checkFailed: 1, badInput: 2, serviceFailed: 3, cancelled: 130 } as const;

const EXIT_BY_KIND: Record<ErrorKind, number> = {
  input: EXIT.badInput,
  check: EXIT.checkFailed,
  service: EXIT.serviceFailed,
  internal: EXIT.serviceFailed,
};

export function exitCodeFor(code: string): number {
  if (code === 'cli.cancelled') return EXIT.cancelled;
  return EXIT_BY_KIND[errorKind(code)];
}

export interface TextSink {
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
  /** Created on first use, so --help and offline commands never touch the keychain or settings. */
  core(): Core;
  print(text: string): void;
  printJson(value: unknown): void;
}

export interface CliCommand {
  /** Words that select the command, e.g. ['dns', 'check']. */
  words: string[];
  /** Locale key of the command: `<key>.summary`, `<key>.options.<name>`, optional `<key>.usage`. */
  key: string;
  options?: Record<string, OptionSpec>;
  /** Names of required options, checked before `run` with a localized message. */
  required?: string[];
  /** How many words after the command's own it takes (`login odoo`: 1); any more is a usage error. */
  positionals?: number;
  run(context: CliContext, values: Record<string, string | boolean | string[] | boolean[] | undefined>, positionals: string[]): Promise<number>;
}
