import { errorKind } from '@shared/contract';
import type { ErrorKind } from '@shared/errors';
import { EXIT } from './framework';

// The exit code follows the error's kind. The kinds come with the contract (zod schemas and all), so this
// is imported only when a command fails, never for --help.

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
