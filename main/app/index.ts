import { app, dialog, ipcMain, Menu, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '@shared/errors';
import { createTranslator, describeError } from '@shared/i18n';
import { languageFromLocale, type Language } from '@shared/languages';
import type { Core } from '../core/dispatch';
import { APP_ENTRY_URL } from './app-origin';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { prepareDesktopRun, type DesktopRun } from './desktop-host';
import { openAllowedLink } from './external-links';
import { denyAllPermissions, guardWebContents } from './guards';
import { registerIpcHandlers } from './ipc';
import { createMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';

// The desktop face: thin wiring of Electron to the core. Everything with logic in it lives in the
// modules imported above, which are unit-tested with electron mocked.

const here = fileURLToPath(new URL('.', import.meta.url));
let mainWindow: BrowserWindow | undefined;
let core: Core | undefined;

/** Besides the fixed allow-list, the user's own Odoo (from the settings) may be opened in the browser. */
function odooOrigins(): string[] {
  try {
    return [new URL(core?.deps.settings.read().odoo?.url ?? '').origin];
  } catch {
    return [];
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // One folder for every face, chosen by the composition root: the CLI and the browser face continue
  // what the desktop app started.
  const desktop = prepareDesktopRun(process.env, process.argv);
  registerAppScheme();
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  // Every web contents, present or future, is locked to the app before it can load anything.
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { openLink: (url) => void openAllowedLink(url, odooOrigins()) });
  });
  app.on('window-all-closed', () => app.quit());
  void app
    .whenReady()
    .then(() => start(desktop))
    .catch(failToStart);
}

async function start(desktop: DesktopRun) {
  const assembled = await desktop.compose(app.getLocale());
  const running = assembled.core;
  core = running;
  app.on('will-quit', () => void assembled.stop());
  denyAllPermissions(session.defaultSession);
  serveRenderer(session.defaultSession, join(here, '../renderer'));

  registerIpcHandlers(
    ipcMain,
    running,
    () => mainWindow?.webContents,
    (name, result) => {
      if (name === 'languageSet' && result.ok) void installMenu(running);
    },
  );
  await installMenu(running);

  mainWindow = createMainWindow(join(here, '../preload/index.cjs'), 'Mailjet for Odoo');
  mainWindow.on('closed', () => (mainWindow = undefined));
  await mainWindow.loadURL(APP_ENTRY_URL);
}

/** A failure before the window exists (say, a settings file that cannot be read): one sentence in a dialog. */
async function failToStart(error: unknown) {
  const i18n = await createTranslator(languageFromLocale(app.getLocale()));
  const { message, next } = describeError(
    i18n.t.bind(i18n),
    error instanceof AppError ? error.toPayload() : { code: 'app.internal' },
  );
  dialog.showErrorBox(i18n.t('app.title'), next ? `${message}\n\n${next}` : message);
  app.quit();
}

function currentLanguage(running: Core): Language {
  return running.deps.settings.language() ?? languageFromLocale(running.deps.systemLocale);
}

async function installMenu(running: Core) {
  const language = currentLanguage(running);
  const i18n = await createTranslator(language);
  const t = i18n.t.bind(i18n);
  const template = buildMenuTemplate(
    t,
    language,
    {
      setLanguage: (next) => {
        running.deps.settings.setLanguage(next);
        void installMenu(running);
        mainWindow?.webContents.reload();
      },
      openLink: (url) => void openAllowedLink(url),
      showAbout: () =>
        void dialog.showMessageBox({
          message: t('app.title'),
          detail: `${t('app.subtitle')}\n\n${running.deps.version}`,
        }),
      quit: () => app.quit(),
    },
    process.platform,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
