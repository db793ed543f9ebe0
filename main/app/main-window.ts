import { BrowserWindow } from 'electron';

/**
 * The one window. Its options are written out here, literally, so that reviewers and static scanners
 * (electronegativity) see Electron's security checklist at the place the window is made: nothing from
 * Node reaches the page, the preload is our CommonJS bridge, and middle-click cannot open new windows.
 * It shows itself once its first page is painted.
 */
export function createMainWindow(preloadPath: string, title: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1180,
    height: 780,
    minWidth: 960,
    minHeight: 640,
    title,
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  // Hidden until the first paint: the renderer's first chunk (the shell and the Welcome step) is small, so
  // this comes quickly, and the window never flashes empty while the other steps load in the background.
  window.once('ready-to-show', () => window.show());
  return window;
}
