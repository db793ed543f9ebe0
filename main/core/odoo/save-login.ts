import type { ChannelOutput } from '@shared/contract';
import type { CallContext, CoreDeps, Handler } from '../context';
import { secretHint, storedIn } from '../secret-hint';
import { logIn, readInfo, rememberConnection } from './service';

// `odooSaveLogin`: the Odoo half of what `mailjetSaveKeys` does for Mailjet. The password typed now is
// tried first (log in, then read what the connection step shows, which also proves the user may read the
// Settings); only a login that works is saved: address, database and login in the settings, the password
// in the keychain (or in memory for this session only). A refused one leaves no trace in either.
// `dispatch` has already remembered the password for scrubbing (the channel's `secretInput`), so an Odoo
// fault that quotes it comes back as [secret].

type SaveLoginInput = Parameters<Handler<'odooSaveLogin'>>[0];

export async function odooSaveLogin(
  deps: CoreDeps,
  input: SaveLoginInput,
  context: CallContext,
): Promise<ChannelOutput<'odooSaveLogin'>> {
  const { password, sessionOnly, ...connection } = input;
  context.progress('odoo.progress.connect');
  const session = await logIn(deps, connection, password, context);
  const info = await readInfo(deps, session);
  // The settings first, as mailjetSaveKeys does: if they refuse a value, nothing reaches the keychain.
  rememberConnection(deps, session);
  await deps.keychain.set('odoo', password, sessionOnly ? 'session' : 'keychain');
  const endsWith = secretHint(password);
  return {
    ...info,
    saved: true,
    source: await storedIn(deps.keychain, 'odoo', sessionOnly),
    ...(endsWith ? { endsWith } : {}),
  };
}
