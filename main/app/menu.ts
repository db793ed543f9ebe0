import type { MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import { helpLinks } from '@shared/docs-links';
import { LANGUAGES, type Language } from '@shared/languages';

export interface MenuActions {
  setLanguage(language: Language): void;
  openLink(url: string): void;
  showAbout(): void;
  quit(): void;
}

/** The application menu in the user's language; rebuilt whenever the language changes. */
export function buildMenuTemplate(
  t: TFunction,
  language: Language,
  actions: MenuActions,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const languageItems: MenuItemConstructorOptions[] = LANGUAGES.map((code) => ({
    label: t(`app.languageNames.${code}`),
    type: 'radio',
    checked: code === language,
    click: () => actions.setLanguage(code),
  }));
  return [
    ...(platform === 'darwin'
      ? [
          {
            label: t('app.title'),
            submenu: [
              { label: t('menu.about'), click: actions.showAbout },
              { type: 'separator' as const },
              { label: t('menu.quit'), accelerator: 'Cmd+Q', click: actions.quit },
            ],
          },
        ]
      : []),
    ...(platform === 'darwin'
      ? []
      : [{ label: t('menu.file'), submenu: [{ label: t('menu.quit'), accelerator: 'Ctrl+Q', click: actions.quit }] }]),
    {
      label: t('menu.edit'),
      submenu: [
        { label: t('menu.undo'), role: 'undo' },
        { label: t('menu.redo'), role: 'redo' },
        { type: 'separator' },
        { label: t('menu.cut'), role: 'cut' },
        { label: t('menu.copy'), role: 'copy' },
        { label: t('menu.paste'), role: 'paste' },
        { label: t('menu.selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { label: t('menu.reload'), role: 'reload' },
        { type: 'separator' },
        { label: t('menu.resetZoom'), role: 'resetZoom' },
        { label: t('menu.zoomIn'), role: 'zoomIn' },
        { label: t('menu.zoomOut'), role: 'zoomOut' },
        { type: 'separator' },
        { label: t('menu.toggleFullScreen'), role: 'togglefullscreen' },
      ],
    },
    { label: t('menu.language'), submenu: languageItems },
    {
      label: t('menu.help'),
      role: 'help',
      submenu: [
        { label: t('menu.odooDocs'), click: () => actions.openLink(helpLinks(language).odooDocs) },
        { label: t('menu.mailjetDocs'), click: () => actions.openLink(helpLinks(language).mailjetDocs) },
        ...(platform === 'darwin'
          ? []
          : [{ type: 'separator' as const }, { label: t('menu.about'), click: actions.showAbout }]),
      ],
    },
  ];
}
