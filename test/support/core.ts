import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryClipboard } from '../../main/host/clipboard';
import type { CoreDeps } from '../../main/core/context';
import { createCore } from '../../main/core/handlers';
import { createMemoryKeychain } from '../../main/host/keychain';
import { createMemoryLogger } from '../../main/host/log';
import { createConfBackend, SettingsStore } from '../../main/host/settings';

/** A core on a throwaway settings folder, an in-memory keychain and a log kept in memory for inspection. */
export function testCore(overrides: Partial<CoreDeps> = {}) {
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
  return { core: createCore(deps), deps, log, dataDir };
}
