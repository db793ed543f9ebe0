import { describe, expect, it } from 'vitest';
import { appErrorFor, describeFailure } from '@main/core/mailjet/failure';
import { forgetRememberedSecrets, rememberSecret } from '@main/core/redaction';

const SECRET = 'f00dfeedcafe0123456789abcdef0123';

/** The shape node-mailjet 6 rejects with: a plain Error carrying the axios config and response. */
function mailjetError(status: number | null, fields: Record<string, unknown> = {}) {
  const error = new Error(
    status ? `Unsuccessful: Status Code: "${status}" Message: "x"` : 'Unsuccessful: Error Code: "ECONNRESET"',
  ) as Error & Record<string, unknown>;
  error.statusCode = status;
  error.config = {
    auth: { username: 'publickey123', password: SECRET },
    headers: { Authorization: `Basic ${Buffer.from(`publickey123:${SECRET}`).toString('base64')}` },
  };
  error.response = status
    ? { status, data: fields.body ?? {}, headers: fields.headers ?? {}, config: error.config }
    : null;
  Object.assign(error, fields.extra ?? {});
  return error;
}

const context = { host: 'api.mailjet.com', timeoutMs: 15_000 };

describe('describeFailure', () => {
  it('keeps the status, the code and the API message, and nothing of the request config', () => {
    const failure = describeFailure(
      mailjetError(400, {
        body: { ErrorMessage: 'MJ08 "x" is not a valid email address', StatusCode: 400 },
        extra: { code: 'ERR_BAD_REQUEST', originalMessage: 'MJ08 "x" is not a valid email address' },
      }),
    );
    expect(failure).toEqual({ status: 400, code: 'ERR_BAD_REQUEST', message: 'MJ08 "x" is not a valid email address' });
    expect(JSON.stringify(failure)).not.toContain(SECRET);
  });

  it('reads Retry-After on a 429 and the support reference on a 5xx', () => {
    expect(describeFailure(mailjetError(429, { headers: { 'retry-after': '7' } })).retryAfter).toBe('7');
    expect(
      describeFailure(mailjetError(500, { body: { ErrorIdentifier: 'abc-123', ErrorMessage: 'boom' } })).reference,
    ).toBe('abc-123');
  });

  it('describes network failures by their code', () => {
    const failure = describeFailure(
      mailjetError(null, { extra: { code: 'ECONNABORTED', originalMessage: 'timeout of 1500ms exceeded' } }),
    );
    expect(failure).toMatchObject({ status: null, code: 'ECONNABORTED', message: 'timeout of 1500ms exceeded' });
  });

  it('scrubs a remembered secret even if a message were to echo it', () => {
    forgetRememberedSecrets();
    rememberSecret(SECRET);
    const failure = describeFailure(mailjetError(400, { body: { ErrorMessage: `bad ${SECRET}` } }));
    expect(failure.message).toBe('bad [secret]');
    forgetRememberedSecrets();
  });

  it('shortens very long messages', () => {
    expect(
      describeFailure(mailjetError(400, { body: { ErrorMessage: 'x'.repeat(5000) } })).message.length,
    ).toBeLessThanOrEqual(300);
  });
});

describe('appErrorFor', () => {
  const cases: Array<[number | null, string | null, string]> = [
    [401, 'ERR_BAD_REQUEST', 'mailjet.auth'],
    [403, 'ERR_BAD_REQUEST', 'mailjet.forbidden'],
    [404, 'ERR_BAD_REQUEST', 'mailjet.not-found'],
    [429, 'ERR_BAD_REQUEST', 'mailjet.rate-limited'],
    [503, 'ERR_BAD_RESPONSE', 'mailjet.unavailable'],
    [400, 'ERR_BAD_REQUEST', 'mailjet.invalid'],
    [null, 'ECONNABORTED', 'mailjet.timeout'],
    [null, 'ETIMEDOUT', 'mailjet.timeout'],
    [null, 'CERT_HAS_EXPIRED', 'mailjet.tls'],
    [null, 'SELF_SIGNED_CERT_IN_CHAIN', 'mailjet.tls'],
    [null, 'ECONNREFUSED', 'mailjet.unreachable'],
    [null, 'ENOTFOUND', 'mailjet.unreachable'],
  ];
  it.each(cases)('status %s / %s becomes %s', (status, code, expected) => {
    expect(appErrorFor({ status, code, message: 'm' }, context).code).toBe(expected);
  });

  it('gives the user what helps: the host, the seconds waited, the support reference', () => {
    expect(appErrorFor({ status: 401, code: null, message: '' }, context).params).toEqual({ host: 'api.mailjet.com' });
    expect(appErrorFor({ status: null, code: 'ECONNABORTED', message: '' }, context).params).toEqual({
      host: 'api.mailjet.com',
      seconds: 15,
    });
    expect(appErrorFor({ status: 500, code: null, message: '', reference: 'r-1' }, context).params).toEqual({
      status: 500,
      reference: 'r-1',
    });
  });
});
