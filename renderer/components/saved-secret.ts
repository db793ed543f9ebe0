import type { TFunction } from 'i18next';

/** How a saved secret is named on every screen: where it is kept, and its last characters when it has them. */
export function savedSecretLabel(
  t: TFunction,
  secret: { endsWith?: string | undefined; keptForSession: boolean },
): string {
  const { endsWith, keptForSession } = secret;
  if (keptForSession) return endsWith ? t('app.keychain.sessionEndsWith', { endsWith }) : t('app.keychain.session');
  return endsWith ? t('app.keychain.savedEndsWith', { endsWith }) : t('app.keychain.saved');
}
