// Run in a child process with a chosen D-Bus environment: tries to save a value in the OS keychain
// and prints what the core would report.
import { createOsKeychain } from '@main/host/keychain';
import { AppError } from '@shared/errors';

const keychain = createOsKeychain(`assistant-probe-${process.pid}`);
try {
  await keychain.set('mailjet', 'probe-secret-value-1234');
  await keychain.forget('mailjet');
  process.stdout.write(JSON.stringify({ ok: true }));
} catch (error) {
  process.stdout.write(
    JSON.stringify(error instanceof AppError ? { ok: false, code: error.code } : { ok: false, crash: String(error) }),
  );
}
