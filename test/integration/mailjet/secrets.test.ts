import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '@shared/contract';
import { dispatch } from '@main/core/dispatch';
import { createMemoryKeychain } from '@main/host/keychain';
import { startMailjetStandIn, type MailjetStandIn } from '@main/sandbox/mailjet/server';
import { cli } from '../../support/cli';
import { newAccount } from './harness';
import { testCore } from '../../support/core';

// A full setup, its failures and its CLI runs, then a search of everything that left the core (log
// lines, results, errors, progress events, the settings file, CLI output, the log file) for the
// secret key, in clear and inside a Basic auth header. Finding "[secret]" would also be a failure:
// it means something tried to write the secret and only the redactor stopped it.

const account = newAccount();
const wrongSecret = `wrong${account.secretKey.slice(5)}`;
const basic = (secret: string) => Buffer.from(`${account.apiKey}:${secret}`).toString('base64');
const forbidden = [account.secretKey, wrongSecret, basic(account.secretKey), basic(wrongSecret), '[secret]'];

let standIn: MailjetStandIn;
let dir: string;
let cliHome: string;
const outputs: string[] = [];

function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

beforeAll(async () => {
  standIn = await startMailjetStandIn({ accounts: [account] });
  cliHome = mkdtempSync(join(tmpdir(), 'mailjet-secrets-cli-'));
  const { core, log, dataDir } = testCore({
    face: 'desktop',
    systemLocale: 'it',
    endpoints: { mailjetApiUrl: standIn.url },
  });
  dir = dataDir;
  const progress: ProgressEvent[] = [];
  const call = async (name: string, input: unknown) => {
    const result = await dispatch(core, name, input, {
      operationId: 'secret-test-1',
      onProgress: (event) => progress.push(event),
    });
    outputs.push(JSON.stringify(result));
    return result;
  };

  // A wrong pair first, then the right one, through the channel that takes secrets from the form.
  expect(await call('mailjetSaveKeys', { apiKey: account.apiKey, secretKey: wrongSecret })).toMatchObject({
    ok: false,
    error: { code: 'mailjet.auth' },
  });
  expect(await call('mailjetSaveKeys', { apiKey: account.apiKey, secretKey: account.secretKey })).toMatchObject({
    ok: true,
  });
  expect(await call('mailjetVerify', {})).toMatchObject({ ok: true });
  // Faults on the way: retries, and failures that reach the user.
  standIn.control.fail({ method: 'POST', fault: { kind: 'status', status: 500 }, times: 2 });
  standIn.control.fail({ method: 'POST', path: '/v3/REST/sender', fault: { kind: 'drop-after' } });
  expect(await call('mailjetSetup', { domain: 'example.it' })).toMatchObject({ ok: true });
  standIn.control.fail({ fault: { kind: 'status', status: 200 } });
  expect(await call('mailjetStatus', { domain: 'example.it' })).toMatchObject({
    ok: false,
    error: { code: 'mailjet.unexpected-response' },
  });
  standIn.control.publishDns('example.it');
  expect(
    await call('mailjetSetup', { domain: 'example.it', emailType: 'bulk', activationEmails: 'resend' }),
  ).toMatchObject({ ok: true, value: { complete: true } });
  expect(await call('mailjetStatus', { check: true })).toMatchObject({ ok: true });
  expect(await call('settingsRead', {})).toMatchObject({ ok: true });
  expect(await call('keychainStatus', {})).toMatchObject({ ok: true });
  outputs.push(...log.lines, ...progress.map((event) => JSON.stringify(event)));
  outputs.push(...filesUnder(dir).map((file) => readFileSync(file, 'utf8')));

  // The same through the command line, with the pair in the environment and on stdin.
  const cliEnv = {
    MAILJET_ODOO_HOME: cliHome,
    MAILJET_API_URL: standIn.url,
    MAILJET_API_KEY: account.apiKey,
    MAILJET_SECRET_KEY: account.secretKey,
  };
  const runs: Array<[string[], NodeJS.ProcessEnv, string?]> = [
    [['mailjet', 'verify'], cliEnv],
    [['mailjet', 'verify', '--json'], { ...cliEnv, MAILJET_SECRET_KEY: wrongSecret }],
    [['mailjet', 'setup', '--domain', 'example.it', '--json'], cliEnv],
    [['mailjet', 'setup', '--domain', 'example.it', '--lang', 'it'], cliEnv],
    [['mailjet', 'status', '--check'], cliEnv],
    [
      ['mailjet', 'keys', '--api-key', account.apiKey],
      { MAILJET_ODOO_HOME: cliHome, MAILJET_API_URL: standIn.url },
      `${wrongSecret}\n`,
    ],
    [
      ['mailjet', 'keys', '--api-key', account.apiKey, '--json'],
      { MAILJET_ODOO_HOME: cliHome, MAILJET_API_URL: standIn.url },
      `${account.secretKey}\n`,
    ],
    [['status', '--json'], cliEnv],
  ];
  for (const [args, env, input] of runs) {
    const run = await cli(args, {
      env,
      keychain: createMemoryKeychain(),
      home: cliHome,
      ...(input ? { stdin: input } : {}),
    });
    outputs.push(run.stdout, run.stderr);
  }
  outputs.push(...filesUnder(cliHome).map((file) => readFileSync(file, 'utf8')));
}, 60_000);

afterAll(async () => {
  await standIn.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(cliHome, { recursive: true, force: true });
});

describe('the Mailjet secret key', () => {
  it('was really used: the runs produced results, logs and files to search', () => {
    const text = outputs.join('\n');
    expect(text).toContain('"complete":true');
    expect(text).toContain('mailjet.auth');
    expect(text).toContain('mailjet GET sender failed');
    expect(text).toContain(account.apiKey);
    expect(outputs.length).toBeGreaterThan(20);
  });

  it.each(forbidden.map((value, i) => [i, value]))('appears nowhere (needle %i)', (_i, needle) => {
    const hits = outputs.filter((output) => output.includes(needle as string));
    expect(hits).toEqual([]);
  });
});
