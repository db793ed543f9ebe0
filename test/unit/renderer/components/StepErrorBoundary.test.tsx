// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StepErrorBoundary } from '@renderer/components/StepErrorBoundary';
import { harness, renderIn } from '../support/render';

afterEach(cleanup);

function BrokenStep(): never {
  // What React's lazy() throws when a step's chunk cannot be fetched any more.
  throw new TypeError('Failed to fetch dynamically imported module: /assets/DnsStep.js');
}

describe('a step that cannot be shown', () => {
  it('says so in Italian with the way out, instead of leaving the page blank', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const h = await harness({ language: 'it' });
    renderIn(
      h,
      <StepErrorBoundary>
        <BrokenStep />
      </StepErrorBoundary>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Non riesco a mostrare questo passaggio');
    expect(alert.textContent).toContain('i progressi sono salvati');
    expect(screen.getByRole('button', { name: 'Ricarica' })).toBeTruthy();
    quiet.mockRestore();
  });

  it('shows the step itself when nothing breaks', async () => {
    const h = await harness();
    renderIn(
      h,
      <StepErrorBoundary>
        <p>the step</p>
      </StepErrorBoundary>,
    );
    expect(await screen.findByText('the step')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
