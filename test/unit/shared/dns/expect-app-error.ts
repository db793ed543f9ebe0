import { expect } from 'vitest';
import { AppError } from '@shared/errors';

/** Runs `work` and returns the AppError it throws, failing the test when it throws nothing or something else. */
export function appErrorOf(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an AppError, nothing was thrown');
}
