import type { Clipboard } from '../host/clipboard';

// The guided path asks the user to paste the Mailjet secret key into Odoo's Password field. The app
// copies it from the keychain straight to the system clipboard — it never reaches the page — and wipes
// the clipboard again shortly after, unless the user has copied something else meanwhile.

export const SECRET_CLIPBOARD_SECONDS = 45;

/** Copies, then clears after `seconds` if the clipboard still holds the secret. */
export async function copySecretBriefly(
  clipboard: Clipboard,
  secret: string,
  seconds = SECRET_CLIPBOARD_SECONDS,
): Promise<void> {
  await clipboard.writeText(secret);
  const timer = setTimeout(() => {
    clipboard
      .readText()
      .then((current) => (current === secret ? clipboard.writeText('') : undefined))
      .catch(() => {});
  }, seconds * 1000);
  timer.unref?.();
}
