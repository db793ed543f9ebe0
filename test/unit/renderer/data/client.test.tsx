// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '@shared/settings';
import { useSettingsWrite } from '@renderer/data/mutations';
import { queryKeys } from '@renderer/data/client';
import { useKeychainStatus, useSettings, type KeychainStatus } from '@renderer/data/queries';
import { useOperation } from '@renderer/data/operation';
import { ok } from '../support/fake-assistant';
import { harness } from '../support/render';

// The data layer keeps one copy of what the core holds: a write shows everywhere at once, a long
// operation that changes the settings or the keychain makes them read again, and a step that opens
// (or a window shown again) reads what another face may have changed.

afterEach(cleanup);

describe('the data layer', () => {
  it('shows a settings write to every reader and reads the settings again', async () => {
    let stored: Settings = { dns: { domain: 'old.example' } };
    const h = await harness({
      answers: {
        settingsRead: () => ok(stored),
        settingsWrite: ({ patch }) => {
          stored = { ...stored, dns: { ...stored.dns, ...patch.dns } } as Settings;
          return ok(stored);
        },
      },
    });
    const reader = renderHook(() => useSettings().settings, { wrapper: h.wrapper });
    const writer = renderHook(() => useSettingsWrite(), { wrapper: h.wrapper });
    await waitFor(() => expect(reader.result.current.dns?.domain).toBe('old.example'));
    const readsBefore = h.fake.count('settingsRead');
    let failure: unknown = 'not run';
    await act(async () => {
      failure = await writer.result.current({ dns: { domain: 'new.example' } });
    });
    expect(failure).toBeUndefined();
    expect(reader.result.current.dns?.domain).toBe('new.example');
    expect(h.fake.count('settingsRead')).toBeGreaterThan(readsBefore);
  });

  it('answers a refused write with its payload and keeps what was shown', async () => {
    const h = await harness({
      answers: {
        settingsRead: () => ok({ dns: { domain: 'kept.example' } }),
        settingsWrite: () => ({ ok: false, error: { code: 'settings.invalid' } }),
      },
    });
    const reader = renderHook(() => useSettings().settings, { wrapper: h.wrapper });
    const writer = renderHook(() => useSettingsWrite(), { wrapper: h.wrapper });
    let failure: unknown;
    await act(async () => {
      failure = await writer.result.current({ dns: { domain: 'other.example' } });
    });
    expect(failure).toEqual({ code: 'settings.invalid' });
    expect(reader.result.current.dns?.domain).toBe('kept.example');
  });

  it('reads the settings and the keychain again after saving the Mailjet keys', async () => {
    let saved = false;
    const h = await harness({
      answers: {
        settingsRead: () => ok(saved ? { mailjet: { apiKey: 'abcdef1234', region: 'default' } } : {}),
        keychainStatus: () =>
          ok({
            available: true,
            secrets: { mailjet: { saved, ...(saved ? { endsWith: 'cdef' } : {}) }, odoo: { saved: false } },
          }),
        mailjetSaveKeys: () => {
          saved = true;
          return ok({ host: 'api.mailjet.com', senderCount: 0, saved: true, source: 'keychain' } as never);
        },
      },
    });
    const view = renderHook(
      () => ({
        settings: useSettings().settings,
        settingsIdle: !useSettings().fetching,
        keychain: useKeychainStatus().data,
        keychainIdle: !useKeychainStatus().fetching,
        save: useOperation('mailjetSaveKeys'),
      }),
      { wrapper: h.wrapper },
    );
    // The reads of the first screen, and those a mounting hook makes, are over before the save: what follows
    // can only come from the reads the save caused.
    await waitFor(() => {
      expect(view.result.current.keychain).toBeDefined();
      expect(view.result.current.settingsIdle && view.result.current.keychainIdle).toBe(true);
    });
    await act(async () => {
      await view.result.current.save.run({ apiKey: 'abcdef1234', secretKey: 'secret-secret', region: 'default' });
    });
    // Resolved only once the changed reads are back in the cache: a screen shown after the save reads the new
    // ones (React draws the hooks already mounted on TanStack's next notification tick).
    expect(h.client.getQueryData<Settings>(queryKeys.settings)?.mailjet?.apiKey).toBe('abcdef1234');
    expect(h.client.getQueryData<KeychainStatus>(queryKeys.keychain)?.secrets.mailjet).toEqual({
      saved: true,
      endsWith: 'cdef',
    });
    await waitFor(() => expect(view.result.current.settings.mailjet?.apiKey).toBe('abcdef1234'));
    expect(view.result.current.keychain?.secrets.mailjet).toEqual({ saved: true, endsWith: 'cdef' });
  });

  it('reads the core again when a step opens and when the window is shown again, so another face’s change shows', async () => {
    let domain = 'first.example';
    const h = await harness({ answers: { settingsRead: () => ok({ dns: { domain } }) } });
    const first = renderHook(() => useSettings().settings.dns?.domain, { wrapper: h.wrapper });
    await waitFor(() => expect(first.result.current).toBe('first.example'));

    domain = 'changed-by-the-cli.example';
    // A step that opens reads again.
    const step = renderHook(() => useSettings(), { wrapper: h.wrapper });
    await waitFor(() => expect(step.result.current.fresh).toBe(true));
    expect(first.result.current).toBe('changed-by-the-cli.example');

    domain = 'changed-in-another-window.example';
    act(() => void window.dispatchEvent(new Event('focus')));
    await waitFor(() => expect(first.result.current).toBe('changed-in-another-window.example'));

    domain = 'changed-while-minimised.example';
    act(() => void document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    await waitFor(() => expect(first.result.current).toBe('changed-while-minimised.example'));
  });
});
