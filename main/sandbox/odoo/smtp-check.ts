// Stands in for the SMTP conversation Odoo's "Test Connection" has with the server. By default it
// behaves like Mailjet as its documentation describes it: host in-v3.mailjet.com, 465 with implicit
// TLS or 587 with STARTTLS, and one API key / secret key pair. The messages mimic Odoo's own, so the
// client's classification is exercised. Tests can swap in a check against a real loopback SMTP server.

export interface SmtpServerSnapshot {
  id: number;
  name: string;
  smtp_host: string | false;
  smtp_port: number;
  smtp_encryption: string;
  smtp_authentication: string;
  smtp_user: string | false;
  smtp_pass: string | false;
  from_filter: string | false;
}

type SmtpCheckResult = { ok: true } | { ok: false; message: string };
export type SmtpCheck = (server: SmtpServerSnapshot) => Promise<SmtpCheckResult>;

export interface MailjetPair {
  user: string;
  password: string;
}

export function mailjetLikeCheck(pair: MailjetPair): SmtpCheck {
  return async (server) => {
    if (server.smtp_authentication === 'cli') return { ok: true };
    if ((server.smtp_host || '').toLowerCase() !== 'in-v3.mailjet.com') {
      return {
        ok: false,
        message: 'No response received. Check server address and port number.\n [Errno -2] Name or service not known',
      };
    }
    const implicitTls = server.smtp_encryption.startsWith('ssl');
    const startTls = server.smtp_encryption.startsWith('starttls');
    if (server.smtp_port === 587 && implicitTls) {
      return {
        ok: false,
        message:
          'An SSL exception occurred. Check connection security type.\n [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1007)',
      };
    }
    if (server.smtp_port === 465 && !implicitTls) {
      return { ok: false, message: 'No response received. Check server address and port number.\n timed out' };
    }
    if (![465, 587, 2525].includes(server.smtp_port) || (server.smtp_port !== 465 && !startTls)) {
      return {
        ok: false,
        message:
          'The server has closed the connection unexpectedly. Check configuration served on this port number.\n Connection unexpectedly closed',
      };
    }
    if (server.smtp_user !== pair.user || server.smtp_pass !== pair.password) {
      return {
        ok: false,
        message:
          "Server replied with following exception:\n (535, b'5.7.8 Error: authentication failed: authentication failure')",
      };
    }
    return { ok: true };
  };
}
