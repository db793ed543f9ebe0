import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '@main/cli/run';
import { createMemoryKeychain } from '@main/host/keychain';
import { startOdooStandIn, type OdooStandIn } from '@main/sandbox/odoo/server';
import { ChangePreview } from '@renderer/steps/odoo-server/ChangePreview';
import type { OdooChange } from '@shared/contract/odoo';
import { i18nOptions, loadResources } from '@shared/i18n';
import { LANGUAGES, type Language } from '@shared/languages';
import { MAILJET, ODOO_PASSWORD } from './fixture';

// One wording of a change in Odoo: the CLI's dry run and the wizard's preview say the same sentences for
// the same plan, in both languages. Before, the CLI had its own copy ("Create the Mailjet server",
// "Connection Encryption: set to starttls") while the wizard used Odoo's own option labels.

let standIn: OdooStandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

async function odooCli() {
  // An Odoo with a company SMTP server and Email Marketing: the plan creates, archives nothing, and sets parameters.
  standIn = await startOdooStandIn({ version: 17, mailjetPair: { user: MAILJET.apiKey, password: MAILJET.secret } });
  const home = mkdtempSync(join(tmpdir(), 'odoo-wording-'));
  const keychain = createMemoryKeychain();
  await keychain.set('mailjet', MAILJET.secret);
  await keychain.set('odoo', ODOO_PASSWORD);
  const connection = ['--url', standIn.url, '--db', 'demo', '--login', 'admin'];
  return async (args: string[]) => {
    let stdout = '';
    const code = await runCli([...args, ...connection], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: () => undefined },
      stdin: new PassThrough(),
      env: { MAILJET_ODOO_HOME: home, MAILJET_API_KEY: MAILJET.apiKey },
      keychain,
    });
    expect(code, stdout).toBe(0);
    return stdout;
  };
}

/** The wizard's preview as the lines a reader sees: each sentence, then its fields. */
async function wizardLines(language: Language, changes: OdooChange[]): Promise<string[]> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init(i18nOptions(language, await loadResources(language)));
  const html = renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(ChangePreview, { changes })),
  );
  const text = (markup: string) =>
    markup
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&');
  return [
    ...html.matchAll(/<span class="os-change-sentence">(.*?)<\/span>|<ul class="os-change-fields">(.*?)<\/ul>/g),
  ].flatMap((match) =>
    match[1] !== undefined
      ? [text(match[1])]
      : [...match[2]!.matchAll(/<li>(.*?)<\/li>/g)].map((item) => text(item[1]!)),
  );
}

describe('the changes in Odoo, worded once', () => {
  it.each(LANGUAGES)('read the same in the CLI dry run and in the wizard preview (%s)', async (language) => {
    const cli = await odooCli();
    const options = ['odoo', 'setup', '--port', '587', '--purpose', 'mass-mailing', '--dry-run', '--lang', language];
    const plan = JSON.parse(await cli([...options, '--json'])) as { changes: OdooChange[] };
    expect(plan.changes.map((change) => change.action)).toEqual(
      expect.arrayContaining(['create-server', 'set-parameter', 'test-connection']),
    );

    const printed = (await cli(options))
      .split('\n')
      .filter((line) => /^ {2}- | {4}\S/.test(line))
      .map((line) => line.replace(/^ {2}- | {4}/, ''));
    const shown = await wizardLines(language, plan.changes);
    expect(printed).toEqual(shown);
    // Odoo's own words for the options, in the CLI too, and the secret only named.
    expect(printed.join('\n')).toContain('TLS (STARTTLS)');
    expect(printed.join('\n')).not.toContain(MAILJET.secret);
  });
});
