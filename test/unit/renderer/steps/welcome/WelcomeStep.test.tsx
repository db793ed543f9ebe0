// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WELCOME_INTERACTIVE, WelcomeStep } from '@renderer/steps/welcome/WelcomeStep';
import { harness, renderIn } from '../../support/render';

// The Welcome step marks the moment it can be used with a standard User Timing mark, which the start-up
// bench reads from the page's own clock: it must be set once the choice and Next are on screen and
// enabled (not before), and only once per page.

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  performance.clearMarks();
});

describe('the Welcome step’s start-up mark', () => {
  it('is set when the path choice and an enabled Next are on screen, and only once', async () => {
    const h = await harness();
    const seen: { next: boolean; choice: boolean }[] = [];
    const mark = vi.spyOn(performance, 'mark').mockImplementation((name: string) => {
      const next = screen.queryByRole('button', { name: 'Next' }) as HTMLButtonElement | null;
      const choice = screen.queryAllByRole('radio') as HTMLInputElement[];
      seen.push({
        next: !!next && !next.disabled,
        choice: choice.length > 0 && choice.every((radio) => !radio.disabled),
      });
      return {
        name,
        entryType: 'mark',
        startTime: 0,
        duration: 0,
        detail: null,
        toJSON: () => ({}),
      } as PerformanceMark;
    });
    const first = renderIn(h, <WelcomeStep />);
    expect(mark).toHaveBeenCalledTimes(1);
    expect(mark).toHaveBeenCalledWith(WELCOME_INTERACTIVE);
    expect(seen).toEqual([{ next: true, choice: true }]);
    first.unmount();
    mark.mockRestore();
    // A real mark this time: coming back to Welcome later in the same page adds no second one.
    renderIn(h, <WelcomeStep />).unmount();
    renderIn(h, <WelcomeStep />);
    expect(performance.getEntriesByName(WELCOME_INTERACTIVE, 'mark')).toHaveLength(1);
  });
});
