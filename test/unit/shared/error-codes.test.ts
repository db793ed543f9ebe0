import { describe, expect, it } from 'vitest';
import { ERROR_KINDS, errorKind } from '@shared/contract';
import { AppError } from '@shared/errors';

describe('error codes', () => {
  it('are typed: a misspelt code fails `npm run typecheck`, and an unknown one at run time is an internal error', () => {
    // @ts-expect-error 'mailjet.atuh' is no error code; if this line ever compiles, tsc reports the unused directive.
    const misspelt = new AppError('mailjet.atuh');
    expect(errorKind(misspelt.code)).toBe('internal');
    expect(errorKind(new AppError('mailjet.auth').code)).toBe(ERROR_KINDS['mailjet.auth']);
  });
});
