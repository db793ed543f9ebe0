import { describe, expect, it } from 'vitest';
import { faultCodeForJson2, odooError } from '@main/core/odoo/errors';
import { namedArguments } from '@main/core/odoo/json2-transport';
import { OdooFault } from '@main/core/odoo/transport';
import { createMemoryLogger } from '@test/support/doubles';

// Every call the client makes, in the named form Odoo 19's JSON-2 route binds with inspect.signature
// (addons/rpc/controllers/json2.py), and Odoo 19's JSON-2 errors read as the XML-RPC fault codes.

describe('namedArguments', () => {
  it.each([
    [
      'ir.config_parameter',
      'search_read',
      [[['key', 'in', ['a']]]],
      { fields: ['key', 'value'] },
      { domain: [['key', 'in', ['a']]], fields: ['key', 'value'] },
    ],
    [
      'ir.mail_server',
      'search_read',
      [[]],
      { fields: ['id'], order: 'sequence, id', context: { active_test: false } },
      { domain: [], fields: ['id'], order: 'sequence, id', context: { active_test: false } },
    ],
    [
      'ir.module.module',
      'search_count',
      [[['name', '=', 'mass_mailing']]],
      {},
      { domain: [['name', '=', 'mass_mailing']] },
    ],
    [
      'ir.mail_server',
      'fields_get',
      [],
      { allfields: ['smtp_encryption'], attributes: ['type', 'selection'] },
      { allfields: ['smtp_encryption'], attributes: ['type', 'selection'] },
    ],
    ['res.users', 'read', [[2]], { fields: ['company_id'] }, { ids: [2], fields: ['company_id'] }],
    [
      'ir.mail_server',
      'create',
      [{ name: 'Mailjet', active: false }],
      {},
      { vals_list: { name: 'Mailjet', active: false } },
    ],
    ['ir.mail_server', 'write', [[7, 8], { active: false }], {}, { ids: [7, 8], vals: { active: false } }],
    ['res.users', 'has_group', [[2], 'base.group_system'], {}, { ids: [2], group_ext_id: 'base.group_system' }],
    [
      'ir.mail_server',
      'test_smtp_connection',
      [[7]],
      { context: { lang: 'en_US' } },
      { ids: [7], context: { lang: 'en_US' } },
    ],
    ['ir.config_parameter', 'get_param', ['database.is_neutralized'], {}, { key: 'database.is_neutralized' }],
    [
      'ir.config_parameter',
      'set_param',
      ['mass_mailing.mail_server_id', '7'],
      {},
      { key: 'mass_mailing.mail_server_id', value: '7' },
    ],
    ['res.users', 'context_get', [], {}, {}],
  ] as const)('%s.%s', (model, method, args, kwargs, expected) => {
    expect(namedArguments(model, method, [...args] as unknown[], kwargs as Record<string, unknown>)).toEqual(expected);
  });

  it('refuses calls it cannot name, as a fault 1 (a programming error), never a guess', () => {
    const misfit = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof OdooFault ? error.faultCode : error;
      }
      return 'no error';
    };
    expect(misfit(() => namedArguments('ir.mail_server', 'copy', [[1]]))).toBe(1);
    // 16/17's model-style has_group has no ids: JSON-2 (19+) only knows the record form.
    expect(misfit(() => namedArguments('res.users', 'has_group', ['base.group_system']))).toBe(1);
    expect(misfit(() => namedArguments('ir.config_parameter', 'set_param', ['k', 'v', 'extra']))).toBe(1);
    expect(misfit(() => namedArguments('ir.mail_server', 'search_read', [[]], { domain: [] }))).toBe(1);
  });
});

describe('faultCodeForJson2', () => {
  it.each([
    [422, 'odoo.exceptions.UserError', 'Wrong value', 2],
    [422, 'odoo.exceptions.ValidationError', 'Bounce alias is already used', 2],
    [404, 'odoo.exceptions.MissingError', 'Record does not exist or has been deleted.', 2],
    [409, 'odoo.exceptions.LockError', 'locked', 2],
    [500, 'odoo.exceptions.RedirectWarning', 'Go there', 2],
    [403, 'odoo.exceptions.AccessDenied', 'Access Denied', 3],
    [401, 'werkzeug.exceptions.Unauthorized', 'Invalid apikey', 3],
    [403, 'odoo.exceptions.AccessError', 'You are not allowed to access', 4],
    [404, 'werkzeug.exceptions.NotFound', "the model 'mail.alias.domain' does not exist", 2],
    [404, 'werkzeug.exceptions.NotFound', "The method 'res.users.frobnicate' does not exist", 1],
    [422, 'werkzeug.exceptions.UnprocessableEntity', 'cannot call ir.config_parameter.get_param with ids', 1],
    [500, 'builtins.ValueError', "Invalid field 'max_email_size' on model 'ir.mail_server'", 1],
    [500, 'psycopg2.errors.SerializationFailure', 'could not serialize access', 1],
  ])('%i %s → fault %i', (status, name, message, code) => {
    expect(faultCodeForJson2(status, name, message)).toBe(code);
  });

  it('so a JSON-2 refusal reads as the same error code a user sees over XML-RPC', () => {
    const context = {
      host: 'erp.example.com',
      db: 'prod',
      login: 'admin',
      log: createMemoryLogger(),
      operation: 'test',
    };
    const json2 = (status: number, name: string, message: string) =>
      odooError(new OdooFault(faultCodeForJson2(status, name, message), message, { status, exception: name }), context)
        .code;
    expect(json2(403, 'odoo.exceptions.AccessError', 'no')).toBe('odoo.not-admin');
    expect(json2(401, 'werkzeug.exceptions.Unauthorized', 'Invalid apikey')).toBe('odoo.access-denied');
    expect(json2(422, 'odoo.exceptions.UserError', 'Nope')).toBe('odoo.user-error');
  });
});
