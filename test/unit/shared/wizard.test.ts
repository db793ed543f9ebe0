import { describe, expect, it } from 'vitest';
import { nextStep, normaliseProgress, previousStep, STEP_IDS, stepsForPath } from '@shared/wizard';

describe('wizard steps', () => {
  it('follow the documentation: keys, Odoo, senders and domain, DNS, outgoing server', () => {
    expect(STEP_IDS).toEqual(['welcome', 'mailjet-keys', 'odoo-connection', 'senders', 'dns', 'odoo-server', 'done']);
  });

  it('leave out the Odoo connection on the guided path and everything but DNS offline', () => {
    expect(stepsForPath('guided')).not.toContain('odoo-connection');
    expect(stepsForPath('dns-only')).toEqual(['welcome', 'dns', 'done']);
  });

  it('move forward and back within the chosen path', () => {
    expect(nextStep('dns-only', 'welcome')).toBe('dns');
    expect(previousStep('guided', 'senders')).toBe('mailjet-keys');
    expect(previousStep('automatic', 'welcome')).toBeUndefined();
    expect(nextStep('automatic', 'done')).toBeUndefined();
  });

  it('moves the current step onto the path when the path changes', () => {
    const progress = normaliseProgress({ path: 'dns-only', current: 'odoo-server', completed: ['welcome'] });
    expect(progress.current).toBe('dns');
  });

  it('drops duplicates and keeps completed steps in documentation order', () => {
    expect(
      normaliseProgress({ path: 'automatic', current: 'dns', completed: ['senders', 'welcome', 'senders'] }).completed,
    ).toEqual(['welcome', 'senders']);
  });
});
