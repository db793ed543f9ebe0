// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nOptions } from '@shared/i18n';
import { catalogPart } from '@shared/i18n-parts';
import type { Language } from '@shared/languages';
import en from '@shared/locales/en.json';
import it_ from '@shared/locales/it.json';
import { App } from '@renderer/App';
import { readFirstScreen } from '@renderer/data/boot';
import { fakeAssistant, ok, refused } from './support/fake-assistant';

// The page starts with the first screen's part of each catalog only (renderer/i18n.ts): the shell and the
// Welcome step must find every word they show there, whatever the shell shows at start (the demo banner,
// a recovered settings file, a refused save), in both languages, with no key shown raw.

afterEach(cleanup);

const CATALOGS = { en, it: it_ };

describe.each(['en', 'it'] as const)('the first screen in %s', (language: Language) => {
  it('finds every word in the first part of the catalog, the shell’s notices and errors included', async () => {
    const fake = fakeAssistant({
      languageGet: () => ok({ language, source: 'saved' }),
      appInfo: () =>
        ok({
          name: 'test',
          version: '0.0.0',
          face: 'web',
          demo: true,
          platform: 'linux',
          settingsRecovered: { movedTo: '/tmp/settings.json.bad' },
        }),
      demoInfo: () => ok({ active: true } as never),
      progressWrite: () => refused('settings.unwritable', { path: '/tmp/settings.json' }),
    });
    window.assistant = fake.api;
    const missing: string[] = [];
    const i18n = i18next.createInstance();
    const resources = Object.fromEntries(
      [...new Set([language, 'en'] as const)].map((each) => [
        each,
        { translation: catalogPart(CATALOGS[each], 'first') },
      ]),
    );
    await i18n.use(initReactI18next).init({
      ...i18nOptions(language, resources),
      saveMissing: true,
      missingKeyHandler: (_languages: readonly string[], _namespace: string, key: string) => void missing.push(key),
    });
    const first = await readFirstScreen();
    render(
      <I18nextProvider i18n={i18n}>
        <App first={first} />
      </I18nextProvider>,
    );
    const next = screen.getByRole('button', { name: i18n.t('app.next') });
    expect(next).toBeTruthy();
    // A refused save of the path chosen: the shell's own error notice.
    await userEvent.setup().click(screen.getAllByRole('radio')[1]!);
    await waitFor(() =>
      expect(
        screen.getByText(i18n.t('errors.settings.unwritable.message', { path: '/tmp/settings.json' })),
      ).toBeTruthy(),
    );
    expect(document.body.textContent).toContain(i18n.t('app.demoBanner'));
    expect(missing).toEqual([]);
  });
});
