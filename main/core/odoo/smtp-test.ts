import { AppError } from '@shared/errors';
import { redact } from '../redaction';
import { userFacingDetail } from './errors';
import type { OdooSession } from './session';
import { OdooFault } from './transport';

// Odoo's "Test Connection" run remotely: it opens the SMTP session from Odoo's side, logs in, and stops
// after DATA without sending. Success is a notification dict; failure a UserError (fault 2) whose
// English source text says which stage failed. The call asks for English so that text can be
// classified; the user then reads our own sentence in their language, with Odoo's line as a detail.

/** Odoo waits up to 60 s for the SMTP server; the RPC must outlast that. */
export const SMTP_TEST_TIMEOUT_MS = 90_000;

export function smtpFailure(faultString: string): AppError {
  const detail = userFacingDetail(redact(faultString));
  if (/refused the sender address/i.test(faultString)) return new AppError('odoo.smtp-sender', { detail });
  if (/\b(535|534|530)\b|authenticat|Username and Password not accepted/i.test(faultString))
    return new AppError('odoo.smtp-auth', { detail });
  if (/SSL exception|WRONG_VERSION_NUMBER|CertificateError|certificate verify failed|SSLError/i.test(faultString)) {
    return new AppError('odoo.smtp-tls', { detail });
  }
  if (
    /No response received|closed the connection unexpectedly|Invalid server name|timed out|Connection refused/i.test(
      faultString,
    )
  ) {
    return new AppError('odoo.smtp-unreachable', { detail });
  }
  return new AppError('odoo.smtp-failed', { detail });
}

export async function testMailServer(session: OdooSession, serverId: number): Promise<void> {
  try {
    await session.call(
      'ir.mail_server',
      'test_smtp_connection',
      [[serverId]],
      { context: { lang: 'en_US' } },
      { timeoutMs: SMTP_TEST_TIMEOUT_MS },
    );
  } catch (error) {
    if (error instanceof OdooFault && error.faultCode === 2) {
      session.mapError(error, 'ir.mail_server.test_smtp_connection');
      throw smtpFailure(error.faultString);
    }
    throw session.mapError(error, 'ir.mail_server.test_smtp_connection');
  }
}
