import { expect } from 'vitest';
import type { Page } from 'playwright-core';

// Where a secret could leak on the page's side: the DOM, every field's value, web storage, cookies, and
// every answer of the browser face. The end-to-end tests search all of it.

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

export async function expectSecretsAbsent(page: Page, secrets: string[], answers: Array<Promise<string>> = []): Promise<void> {
  const text = await whatThePageHolds(page, answers);
  for (const secret of secrets) expect(text).not.toContain(secret);
}
