import { AppError } from '@shared/errors';
import { normaliseOdooUrl } from '@shared/odoo/url';
import type { Settings } from '@shared/settings';
import type { Keychain } from '../../host/keychain';
import type { OdooTarget } from './session';

// Which database, as whom, and with which secrets: the call's own values first, then what an earlier
// connect saved. Secrets come only from the keychain (or, in the CLI, the environment layered over it).

export interface TargetInput {
  url?: string | undefined;
  db?: string | undefined;
  login?: string | undefined;
}

export function odooUrlOrError(input: string): { url: string; host: string; suggestedDb?: string } {
  const result = normaliseOdooUrl(input);
  if (result.ok) return result;
  if (result.problem === 'empty') throw new AppError('odoo.url-missing');
  if (result.problem === 'https-required') throw new AppError('odoo.https-required');
  throw new AppError('odoo.url-invalid');
}

export function resolveTarget(settings: Settings, input: TargetInput, offeredUrl?: string): OdooTarget {
  const saved = settings.odoo ?? {};
  const rawUrl = input.url ?? saved.url ?? offeredUrl;
  if (!rawUrl) throw new AppError('odoo.url-missing');
  const { url, host, suggestedDb } = odooUrlOrError(rawUrl);
  // A saved database belongs to the saved address: a new address does not inherit it.
  const sameServer =
    !input.url || (saved.url !== undefined && normaliseOdooUrl(saved.url).ok && odooUrlOrError(saved.url).url === url);
  const db = input.db ?? (sameServer ? saved.db : undefined) ?? suggestedDb;
  if (!db) throw new AppError('odoo.db-missing', { host });
  const login = input.login ?? (sameServer ? saved.login : undefined);
  if (!login) throw new AppError('odoo.login-missing');
  return { url, host, db, login };
}

export async function odooSecret(keychain: Keychain): Promise<string> {
  const secret = await keychain.get('odoo');
  if (!secret) throw new AppError('odoo.password-missing');
  return secret;
}

/** The call's own key, then MAILJET_API_KEY (CLI), then the one saved in the Mailjet step. */
export function mailjetApiKey(settings: Settings, ...candidates: Array<string | undefined>): string {
  const apiKey = candidates.find(Boolean) ?? settings.mailjet?.apiKey;
  if (!apiKey) throw new AppError('odoo.mailjet-api-key-missing');
  return apiKey;
}
