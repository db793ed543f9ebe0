import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { createTranslator } from '@shared/i18n';
import { buildMenuTemplate } from '@main/app/menu';
import { helpLinks } from '@shared/docs-links';

vi.mock('electron', () => ({ default: {} }));

const actions = () => ({ setLanguage: vi.fn(), openLink: vi.fn(), showAbout: vi.fn(), quit: vi.fn() });
const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label);
const submenu = (items: MenuItemConstructorOptions[], label: string) =>
  items.find((item) => item.label === label)!.submenu as MenuItemConstructorOptions[];

describe('the application menu', () => {
  it('speaks Italian when the user does', async () => {
    const i18n = await createTranslator('it');
    const template = buildMenuTemplate(i18n.t.bind(i18n), 'it', actions(), 'linux');
    expect(labels(template)).toEqual(['File', 'Modifica', 'Vista', 'Lingua', 'Aiuto']);
    expect(labels(submenu(template, 'Modifica'))).toContain('Incolla');
  });

  it('switches language from the menu, with the current one checked', async () => {
    const i18n = await createTranslator('en');
    const menuActions = actions();
    const template = buildMenuTemplate(i18n.t.bind(i18n), 'en', menuActions, 'linux');
    const languages = submenu(template, 'Language');
    expect(languages.map((item) => [item.label, item.checked])).toEqual([
      ['Italiano', false],
      ['English', true],
    ]);
    (languages[0]!.click as () => void)();
    expect(menuActions.setLanguage).toHaveBeenCalledWith('it');
  });

  it("opens the documentation page in the user's language", async () => {
    const i18n = await createTranslator('it');
    const menuActions = actions();
    const template = buildMenuTemplate(i18n.t.bind(i18n), 'it', menuActions, 'linux');
    (submenu(template, 'Aiuto')[0]!.click as () => void)();
    expect(menuActions.openLink).toHaveBeenCalledWith(helpLinks('it').odooDocs);
  });

  it('follows macOS conventions there: the app menu first, Quit inside it', async () => {
    const i18n = await createTranslator('en');
    const template = buildMenuTemplate(i18n.t.bind(i18n), 'en', actions(), 'darwin');
    expect(template[0]!.label).toBe('Mailjet for Odoo');
    expect(labels(template)).not.toContain('File');
  });
});
