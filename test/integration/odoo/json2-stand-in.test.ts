import { afterEach, describe, expect, it } from 'vitest';
import { startOdooStandIn, type OdooStandIn } from '@main/sandbox/odoo/server';
import { ODOO_API_KEY, ODOO_PASSWORD } from './fixture';

// The stand-in's JSON-2 answers next to what a real Odoo 19.0 (build 19.0+e-20251227, started offline
// on this machine) answered to the same requests. Where they differ, the stand-in is wrong.

let standIn: OdooStandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${standIn!.url}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `bearer ${ODOO_API_KEY}`,
      'X-Odoo-Database': 'demo',
      ...headers,
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('json')
    ? (JSON.parse(text) as { name?: string; message?: string })
    : text;
  return { status: response.status, json, authenticate: response.headers.get('www-authenticate') };
}

describe('the stand-in answers JSON-2 as Odoo 19 does', () => {
  it.each([
    ['/json/2/no.model/search_read', {}, 404, 'werkzeug.exceptions.NotFound', "the model 'no.model' does not exist"],
    [
      '/json/2/res.users/frobnicate',
      {},
      404,
      'werkzeug.exceptions.NotFound',
      "The method 'res.users.frobnicate' does not exist",
    ],
    [
      '/json/2/ir.config_parameter/get_param',
      { ids: [1], key: 'x' },
      422,
      'werkzeug.exceptions.UnprocessableEntity',
      'cannot call ir.config_parameter.get_param with ids',
    ],
    [
      '/json/2/ir.config_parameter/set_param',
      { key: 'a', value: 'b', extra: 1 },
      422,
      'werkzeug.exceptions.UnprocessableEntity',
      "got an unexpected keyword argument 'extra'",
    ],
    [
      '/json/2/ir.mail_server/create',
      { vals_list: { name: 't', smtp_host: 'h', smtp_encryption: 'bogus' } },
      500,
      'builtins.ValueError',
      "Wrong value for ir.mail_server.smtp_encryption: 'bogus'",
    ],
    ['/json/2/ir.mail_server/_private', {}, 403, 'odoo.exceptions.AccessError', undefined],
    [
      '/json/2/res.users/has_group',
      { group_ext_id: 'base.group_system' },
      500,
      'builtins.ValueError',
      'Expected singleton: res.users()',
    ],
  ])('POST %s %j → %i %s', async (path, body, status, name, message) => {
    standIn = await startOdooStandIn({ version: 19 });
    const answer = await post(path, body);
    expect(answer.status).toBe(status);
    expect(answer.json).toMatchObject({ name, ...(message ? { message } : {}) });
  });

  it('answers successes as the real one: recordsets as id lists, context_get with the uid', async () => {
    standIn = await startOdooStandIn({ version: 19 });
    expect((await post('/json/2/ir.mail_server/create', { vals_list: { name: 't2', smtp_host: 'h' } })).json).toEqual([
      2,
    ]);
    expect((await post('/json/2/res.users/context_get', {})).json).toMatchObject({ uid: 2 });
    expect((await post('/json/2/res.users/has_group', { ids: [2], group_ext_id: 'base.group_system' })).json).toBe(
      true,
    );
  });

  it('takes API keys only: a password is "Invalid apikey" (401, WWW-Authenticate: Bearer)', async () => {
    standIn = await startOdooStandIn({ version: 19 });
    const answer = await post('/json/2/res.users/context_get', {}, { Authorization: `bearer ${ODOO_PASSWORD}` });
    expect(answer).toMatchObject({
      status: 401,
      json: { name: 'werkzeug.exceptions.Unauthorized', message: 'Invalid apikey' },
    });
    expect(answer.authenticate).toMatch(/^Bearer/);
  });

  it('serves an unknown database without one: the HTML 404 page, not JSON', async () => {
    standIn = await startOdooStandIn({ version: 19 });
    const answer = await post('/json/2/res.users/context_get', {}, { 'X-Odoo-Database': 'nope' });
    expect(answer.status).toBe(404);
    expect(typeof answer.json).toBe('string');
  });

  it('GET /web/version on 19; 16–18 have no such route', async () => {
    standIn = await startOdooStandIn({ version: 19 });
    expect(await (await fetch(`${standIn.url}/web/version`)).json()).toEqual({
      version_info: [19, 0, 0, 'final', 0, ''],
      version: '19.0',
    });
    await standIn.close();
    standIn = await startOdooStandIn({ version: 18 });
    expect((await fetch(`${standIn.url}/web/version`)).status).toBe(404);
    expect((await post('/json/2/res.users/context_get', {})).status).toBe(404);
  });
});
