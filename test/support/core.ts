import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CoreDeps } from '@main/core/context';
import { createCore } from '@main/core/dispatch';
import { createMemoryKeychain } from '@main/host/keychain';
import { createConfBackend, SettingsStore } from '@main/host/settings';
import { createMemoryClipboard, createMemoryLogger } from './doubles';

// The one builder of the core's dependencies for tests: a throwaway settings folder, an in-memory
// keychain, clipboard and log (kept for inspection), no remote service unless `endpoints` names one.
// Whatever a test needs differently it passes as an override.

export function testDeps(overrides: Partial<CoreDeps> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'assistant-core-'));
  const log = createMemoryLogger();
  const deps: CoreDeps = {
    face: 'web',
    demo: false,
    version: '0.0.0-test',
    systemLocale: 'it_IT.UTF-8',
    keychain: createMemoryKeychain(),
    clipboard: createMemoryClipboard(),
    settings: new SettingsStore(createConfBackend(dataDir)),
    log,
    endpoints: {},
    ...overrides,
  };
  return { deps, log, dataDir };
}

/** A core on `testDeps`. */
export function testCore(overrides: Partial<CoreDeps> = {}) {
  const { deps, log, dataDir } = testDeps(overrides);
  return { core: createCore(deps), deps, log, dataDir };
}
