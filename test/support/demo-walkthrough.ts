import type { Locator, Page } from 'playwright-core';
import en from '@shared/locales/en.json';
import it from '@shared/locales/it.json';

// Drives the wizard on the demo the way a person would, one step at a time, in either language, and
// counts what the person does: every click, every field filled. Used by the end-to-end paths, the
// screenshots and the "user actions" benchmark, so all three walk the same route.

type Catalog = typeof en;
const CATALOGS: Record<'it' | 'en', Catalog> = { it: it as Catalog, en };

/** A label from the catalog, with $t(...) nestings and {{placeholders}} resolved or loosened. */
export function label(language: 'it' | 'en', key: string): string {
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], CATALOGS[language]);
  if (typeof value !== 'string') throw new Error(`no label ${key} in ${language}`);
  return value.replace(/\$t\(([^)]+)\)/g, (_m, inner: string) => label(language, inner));
}

export class Walkthrough {
  clicks = 0;
  fields = 0;
  /** Clicks on demo-only buttons, which stand in for work done outside the app (DNS panel, pasting keys). */
  demoClicks = 0;
  /** Called on each step just before Next is clicked, once its work is visible (screenshots use it). */
  beforeNext: ((page: Page) => Promise<void>) | undefined;

  constructor(
    readonly page: Page,
    readonly language: 'it' | 'en',
  ) {}

  text(key: string): string {
    return label(this.language, key);
  }

  button(key: string): Locator {
    return this.page.getByRole('button', { name: this.text(key), exact: true });
  }

  async click(target: Locator): Promise<void> {
    await target.click();
    this.clicks += 1;
  }

  async demoClick(target: Locator): Promise<void> {
    await this.click(target);
    this.demoClicks += 1;
  }

  async fill(target: Locator, value: string): Promise<void> {
    await target.fill(value);
    this.fields += 1;
  }

  async heading(stepId: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: this.text(`steps.${stepId}.title`) }).waitFor();
  }

  async next(): Promise<void> {
    const next = this.page.getByRole('button', { name: this.text('app.next'), exact: true });
    await next.and(this.page.locator(':enabled')).waitFor({ timeout: 20_000 });
    await this.beforeNext?.(this.page);
    await this.click(next);
  }

  get actions(): number {
    return this.clicks + this.fields;
  }
}
