import { describe, expect, it } from 'vitest';
import { odooError, userFacingDetail } from '@main/core/odoo/errors';
import { OdooFault, OdooHttpError, OdooTimeoutError } from '@main/core/odoo/transport';
import { forgetRememberedSecrets, rememberSecret } from '@main/core/redaction';
import { createMemoryLogger } from '@test/support/doubles';

const context = () => ({
  host: 'erp.example.com',
  db: 'prod',
  login: 'admin',
  log: createMemoryLogger(),
  operation: 'test',
});
const codeOf = (error: unknown) => odooError(error, context()).code;

describe('odooError', () => {
  it('maps the four XML-RPC fault codes', () => {
    expect(codeOf(new OdooFault(1, 'Traceback ...\nValueError: x'))).toBe('odoo.server-error');
    expect(codeOf(new OdooFault(2, 'Wrong value'))).toBe('odoo.user-error');
    expect(codeOf(new OdooFault(3, 'Access Denied'))).toBe('odoo.access-denied');
    expect(codeOf(new OdooFault(4, 'You are not allowed'))).toBe('odoo.not-admin');
  });

  it('understands the legacy string fault codes', () => {
    expect(codeOf(new OdooFault('warning -- UserError\n\nNope', 'Nope'))).toBe('odoo.user-error');
    expect(codeOf(new OdooFault('AccessDenied', 'Access Denied'))).toBe('odoo.access-denied');
  });

  it('tells network, certificate, timeout and HTTP failures apart', () => {
    expect(codeOf(Object.assign(new Error('x'), { code: 'ENOTFOUND' }))).toBe('odoo.unreachable');
    expect(codeOf(Object.assign(new Error('x'), { code: 'CERT_HAS_EXPIRED' }))).toBe('odoo.tls');
    expect(codeOf(Object.assign(new Error('x'), { code: 'ERR_TLS_CERT_ALTNAME_INVALID' }))).toBe('odoo.tls');
    expect(codeOf(new OdooTimeoutError(30_000))).toBe('odoo.timeout');
    expect(codeOf(new OdooHttpError(404))).toBe('odoo.not-odoo');
    expect(codeOf(new OdooHttpError(502))).toBe('odoo.unavailable');
    expect(odooError(new OdooHttpError(301, 'https://www.example.com/xmlrpc/2/common'), context()).params).toEqual({
      host: 'erp.example.com',
      location: 'https://www.example.com/xmlrpc/2/common',
    });
  });

  it('logs the traceback with remembered secrets scrubbed, and shows none of it', () => {
    forgetRememberedSecrets();
    rememberSecret('hunter2-password');
    const ctx = context();
    const error = odooError(new OdooFault(1, "Traceback\n execute('prod', 2, 'hunter2-password')\nKeyError: 'x'"), ctx);
    expect(error.params).toEqual({});
    expect(ctx.log.lines.join('\n')).toContain('[secret]');
    expect(ctx.log.lines.join('\n')).not.toContain('hunter2-password');
  });
});

describe('userFacingDetail', () => {
  it('keeps the last line of a traceback and cuts long text', () => {
    expect(userFacingDetail('Traceback (most recent call last):\n  File "a"\n  File "b"\nValueError: bad value')).toBe(
      'ValueError: bad value',
    );
    expect(userFacingDetail('x'.repeat(500))).toHaveLength(300);
  });
});
