import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { ProgressEvent } from '@shared/contract';
import type { CoreDeps } from '@main/core/context';
import type { MailjetClientTuning } from '@main/core/mailjet/client';
import { createMailjetHandlers } from '@main/core/mailjet/handlers';
import { startMailjetStandIn, type MailjetStandIn, type MailjetStandInOptions } from '@main/sandbox/mailjet/server';
import { testDeps } from '../../support/core';

// A Mailjet stand-in on loopback, a fresh settings folder, an in-memory keychain holding the pair, and
// the Mailjet handlers wired to them: what every Mailjet integration test starts from.

export const hex = (bytes: number) => randomBytes(bytes).toString('hex');

export function newAccount() {
  return { apiKey: `key${hex(14)}`, secretKey: `sec${hex(16)}` };
}

/** Retries without real waiting, and a short timeout so a hung request fails fast. */
export const FAST: MailjetClientTuning = { timeoutMs: 1500, retry: { baseDelayMs: 2, maxDelayMs: 10 } };

export interface Harness {
  standIn: MailjetStandIn;
  account: { apiKey: string; secretKey: string };
  deps: CoreDeps;
  dir: string;
  log: ReturnType<typeof testDeps>['log'];
  progress: ProgressEvent[];
  handlers: ReturnType<typeof createMailjetHandlers>;
  context(signal?: AbortSignal): {
    signal: AbortSignal;
    progress: (key: string, params?: Record<string, string | number | boolean>, done?: number, total?: number) => void;
  };
  close(): Promise<void>;
}

export async function startHarness(
  options: {
    standIn?: Partial<MailjetStandInOptions>;
    tuning?: MailjetClientTuning;
    storeKeys?: boolean;
    account?: { apiKey: string; secretKey: string };
  } = {},
): Promise<Harness> {
  const account = options.account ?? newAccount();
  const standIn = await startMailjetStandIn({ accounts: [account], ...options.standIn });
  const { deps, log, dataDir: dir } = testDeps({ systemLocale: 'en', endpoints: { mailjetApiUrl: standIn.url } });
  if (options.storeKeys !== false) {
    deps.settings.patch({ mailjet: { apiKey: account.apiKey } });
    await deps.keychain.set('mailjet', account.secretKey);
  }
  const progress: ProgressEvent[] = [];
  const handlers = createMailjetHandlers(deps, { ...FAST, ...options.tuning });
  return {
    standIn,
    account,
    deps,
    dir,
    log,
    progress,
    handlers,
    context: (signal = new AbortController().signal) => ({
      signal,
      progress: (key, params, done, total) =>
        void progress.push({
          operationId: 'test-operation',
          key,
          ...(params ? { params } : {}),
          ...(done !== undefined ? { done } : {}),
          ...(total ? { total } : {}),
        }),
    }),
    close: async () => {
      await standIn.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The error a call was expected to fail with; a call that succeeds fails the test. */
export async function failureOf(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    return error as { code: string; params: Record<string, unknown> };
  }
  throw new Error('expected a failure');
}
