import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Demo } from '@main/sandbox/demo';
import { startDemoServices } from './web-face';
import { openSessions } from './wizard-e2e';

// The lifecycle every end-to-end file on the demo shares, in one call inside its `describe`: the demo's
// stand-ins started once for the file; after each test, every wizard session it opened is closed and
// must have logged no console error, warning or CSP violation; the stand-ins stopped at the end.
//
//   let demo: Demo;
//   describe('the … step', () => {
//     wizardSuite((started) => (demo = started));   // or: const suite = wizardSuite(); … suite.demo

export interface WizardSuite {
  /** The file's stand-ins (available from the first test on). */
  readonly demo: Demo;
}

export function wizardSuite(onStarted?: (demo: Demo) => void): WizardSuite {
  let demo: Demo | undefined;
  beforeAll(async () => {
    demo = await startDemoServices();
    onStarted?.(demo);
  });
  afterEach(async () => {
    const sessions = [...openSessions];
    const problems = sessions.flatMap((session) => session.problems);
    // Closed first, so a test that failed (or logged an error) does not leave its page and server behind.
    await Promise.all(sessions.map((session) => session.close()));
    expect(problems).toEqual([]);
  });
  afterAll(async () => {
    await demo?.stop();
  });
  return {
    get demo() {
      if (!demo) throw new Error('the demo starts in beforeAll: use suite.demo inside a test or hook');
      return demo;
    },
  };
}
