import { createMemoryKeychain, createOsKeychain, withEnvironmentSecrets, type Keychain } from './keychain';
import { withSessionSecrets } from './session-secrets';

// Which keychain the work gets, decided here once for the desktop app, the browser face and the CLI.

export interface KeychainChoice {
  face: 'desktop' | 'web' | 'cli';
  demo: boolean;
  env: NodeJS.ProcessEnv;
  /** The keychain service, from the run's place (main/host/paths.ts `hostPlace`); unused in the demo. */
  service?: string;
  /** Tests hand in their own store in place of the system keychain. */
  keychain?: Keychain;
}

export function chooseKeychain({ face, demo, env, service, keychain }: KeychainChoice): Keychain {
  // The demo's keys are fake: they live in memory for the session and never need (or touch) a
  // system keychain, so the demo runs on machines without D-Bus, in containers, over SSH.
  if (demo) return keychain ?? createMemoryKeychain('session');
  const system = keychain ?? createOsKeychain(service);
  const withSession = withSessionSecrets(system);
  // Environment secrets are for scripts driving the CLI; the wizard's faces always use the keychain.
  return face === 'cli' ? withEnvironmentSecrets(withSession, env) : withSession;
}
