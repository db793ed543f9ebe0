import { AppError } from '@shared/errors';
import type { CoreDeps } from '../context';
import { MailjetClient, type MailjetClientTuning } from './client';
import { resolveMailjetEndpoint, type MailjetRegion } from './endpoint';
import { MailjetResources } from './resources';

// Which key pair and which host a call uses. The API key comes from the settings (or, for scripts
// driving the CLI, MAILJET_API_KEY); the secret key only ever from the keychain, which the CLI face
// layers MAILJET_SECRET_KEY over.

export interface MailjetAccess {
  apiKey: string;
  region: MailjetRegion;
  api: MailjetResources;
  client: MailjetClient;
}

export function currentRegion(deps: CoreDeps): MailjetRegion {
  return deps.settings.read().mailjet?.region ?? 'default';
}

function currentApiKey(deps: CoreDeps): string | undefined {
  const fromEnvironment = deps.face === 'cli' && !deps.demo ? deps.endpoints.mailjetApiKey : undefined;
  return fromEnvironment || deps.settings.read().mailjet?.apiKey;
}

export function connect(
  deps: CoreDeps,
  apiKey: string,
  secretKey: string,
  region: MailjetRegion,
  tuning: MailjetClientTuning,
): MailjetAccess {
  const endpoint = resolveMailjetEndpoint(deps.endpoints.mailjetApiUrl, region);
  const client = new MailjetClient({ endpoint, apiKey, secretKey, log: deps.log, ...tuning });
  return { apiKey, region, client, api: new MailjetResources(client) };
}

export async function connectWithStoredKeys(deps: CoreDeps, tuning: MailjetClientTuning): Promise<MailjetAccess> {
  const apiKey = currentApiKey(deps);
  if (!apiKey) throw new AppError('mailjet.no-api-key');
  const secretKey = await deps.keychain.get('mailjet');
  if (!secretKey) throw new AppError('mailjet.no-secret-key');
  return connect(deps, apiKey, secretKey, currentRegion(deps), tuning);
}
