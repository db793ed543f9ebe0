import { expect } from 'vitest';
import type { Page } from 'playwright-core';

// Where a secret could leak on the page's side: the DOM, every field's value, web storage, cookies, and
// every answer of the browser face (error payloads included). Beyond the page, the tests can add the
// face's debug log and what the command line printed (its --json errors included); all of it is searched.

/** Starts keeping the body of every /rpc answer the page receives from now on. */
export function recordRpcAnswers(page: Page): Array<Promise<string>> {
  const answers: Array<Promise<string>> = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/rpc/')) answers.push(response.text().catch(() => ''));
  });
  return answers;
}

export async function whatThePageHolds(page: Page, answers: Array<Promise<string>> = []): Promise<string> {
  const seen = await page.evaluate(() => [
    document.documentElement.outerHTML,
    ...[...document.querySelectorAll('input, textarea, select')].map((field) => (field as HTMLInputElement).value),
    JSON.stringify({ ...localStorage }),
    JSON.stringify({ ...sessionStorage }),
    document.cookie,
  ]);
  return [...seen, ...(await Promise.all(answers))].join('\n');
}

/** What else a session left behind: the browser face's log lines, and the CLI's stdout and stderr. */
export interface ElsewhereToSearch {
  log?: string[];
  cli?: Array<{ stdout: string; stderr: string }>;
}

export async function expectSecretsAbsent(
  page: Page,
  secrets: string[],
  answers: Array<Promise<string>> = [],
  elsewhere: ElsewhereToSearch = {},
): Promise<void> {
  const text = [
    await whatThePageHolds(page, answers),
    ...(elsewhere.log ?? []),
    ...(elsewhere.cli ?? []).flatMap((run) => [run.stdout, run.stderr]),
  ].join('\n');
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    // A log line is JSON: a secret with quotes or backslashes would be written escaped.
    expect(text).not.toContain(JSON.stringify(secret).slice(1, -1));
  }
}
