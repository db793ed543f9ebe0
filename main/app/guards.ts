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

/** The wizard needs no camera, notifications, clipboard-read or anything else a page may ask for. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
