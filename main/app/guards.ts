import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';

export interface GuardOptions {
  /** Opens the link in the system browser if the allow-list permits it. */
  openLink(url: string): void;
}

/** The page can never leave the app: no navigation, no new windows, no webviews; allowed links go to the system browser. */
export function guardWebContents(contents: WebContents, options: GuardOptions): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    options.openLink(url);
    return { action: 'deny' };
  });
}

/** The copy buttons write plain text to the clipboard; that is the only thing the page may do. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

/** No camera, notifications, clipboard reading, devices or anything else a page may ask for. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
  session.setDevicePermissionHandler(() => false);
}
