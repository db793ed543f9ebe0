import { createHmac, randomBytes } from 'node:crypto';
import type { OdooVersion } from '@shared/odoo/version';
import type { ConnectionNotice, OdooTarget } from './session';
import type { OdooTransport } from './transport';

// The last good login per database and user, kept in the running core's memory only, so that the
// wizard's next step (Send right after Apply) does not log in again: Odoo's external API takes the
// uid and the secret on every call (XML-RPC) or the bearer key (JSON-2), so a remembered uid and
// version are all a login gives. Nothing here is ever written anywhere. The secret itself is not kept:
// only a keyed fingerprint, so a secret changed in the keychain (by another face, `login odoo`, or
// ODOO_PASSWORD) never reuses a login made with the old one; a changed address, database or login is
// another target. The uid is not the secret's owner on JSON-2 (the key names its user), which is one
// more reason the fingerprint must match.

export interface RememberedLogin {
  transport: OdooTransport;
  version: OdooVersion;
  uid: number;
  notices: readonly ConnectionNotice[];
}

interface Entry extends RememberedLogin {
  fingerprint: string;
}

/** A wizard talks to one database; a partner may try a few in one sitting. */
const MAX_TARGETS = 8;

const targetKey = (target: OdooTarget) => JSON.stringify([target.url, target.db, target.login]);

export class LoginMemory {
  /** Per process: the fingerprints mean nothing outside it. */
  private readonly key = randomBytes(32);
  private readonly entries = new Map<string, Entry>();

  private fingerprint(secret: string): string {
    return createHmac('sha256', this.key).update(secret).digest('base64');
  }

  /** The login made with this very secret for this target, if any; a login made with another one is dropped. */
  recall(target: OdooTarget, secret: string): RememberedLogin | undefined {
    const key = targetKey(target);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.fingerprint === this.fingerprint(secret)) return entry;
    this.entries.delete(key);
    return undefined;
  }

  remember(target: OdooTarget, secret: string, login: RememberedLogin): void {
    const key = targetKey(target);
    this.entries.delete(key); // newest last
    this.entries.set(key, { ...login, notices: [...login.notices], fingerprint: this.fingerprint(secret) });
    while (this.entries.size > MAX_TARGETS) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(target: OdooTarget): void {
    this.entries.delete(targetKey(target));
  }
}

const memories = new WeakMap<object, LoginMemory>();

/** One memory per core: `owner` is the core's dependencies object, made once per running core. */
export function loginMemoryOf(owner: object): LoginMemory {
  let memory = memories.get(owner);
  if (!memory) memories.set(owner, (memory = new LoginMemory()));
  return memory;
}
