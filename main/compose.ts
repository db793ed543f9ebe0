import { randomUUID } from 'node:crypto';
import type { ServiceEndpoints } from './core/context';
import { createCore, type Core } from './core/dispatch';
import { createNodeHost, type HostParts } from './host/node-host';
import { hostPlace, type HostPlace } from './host/paths';
import type { Demo } from './sandbox/demo';

// The one composition root. The desktop app, the browser face and the CLI each ask it for the app; what
// depends on the environment (the data folder and the demo's, the keychain service, the settings file,
// the services' addresses) is decided here, so the three faces cannot drift apart. A face gives only
// what it alone has: the desktop its Electron parts, tests their stand-ins.

type Face = 'desktop' | 'web' | 'cli';

export interface ComposeOptions {
  face: Face;
  env?: NodeJS.ProcessEnv;
  /** Run on the demo's stand-ins: `true` starts them here; a demo already running (tests) is used as it is. */
  demo?: boolean | Demo;
  /** Another data folder than the environment's (tests); a running demo brings its own. */
  dataDir?: string;
  /** Service addresses over the environment's and the demo's (tests point them at stand-ins). */
  endpoints?: ServiceEndpoints;
  /** Parts of the host a face gives in place of the Node host's own. */
  host?: HostParts;
}

export interface App {
  core: Core;
  place: HostPlace;
  demo?: Demo;
  /** Stops what the root started (the demo's stand-ins). */
  stop(): Promise<void>;
}

function endpointsFromEnvironment(env: NodeJS.ProcessEnv): ServiceEndpoints {
  return {
    ...(env.MAILJET_API_URL ? { mailjetApiUrl: env.MAILJET_API_URL } : {}),
    ...(env.MAILJET_API_KEY ? { mailjetApiKey: env.MAILJET_API_KEY.trim() } : {}),
    ...(env.MAILJET_ODOO_DNS_RESOLVER ? { dnsResolver: env.MAILJET_ODOO_DNS_RESOLVER } : {}),
    ...(env.MAILJET_ODOO_DNS_BOOTSTRAP ? { dnsBootstrap: env.MAILJET_ODOO_DNS_BOOTSTRAP } : {}),
    ...(Number(env.MAILJET_ODOO_DNS_NS_PORT) > 0 ? { dnsNameserverPort: Number(env.MAILJET_ODOO_DNS_NS_PORT) } : {}),
    ...(env.ODOO_URL ? { odooUrl: env.ODOO_URL.trim() } : {}),
    ...(env.CLOUDFLARE_API_URL ? { cloudflareApiUrl: env.CLOUDFLARE_API_URL.trim() } : {}),
    ...(env.OVH_API_URL ? { ovhApiUrl: env.OVH_API_URL.trim() } : {}),
  };
}

/** Where a run keeps things, before anything is built: the desktop face needs it before Electron is ready. */
export function placeFor(options: Pick<ComposeOptions, 'demo' | 'dataDir' | 'env'>): HostPlace {
  const given = typeof options.demo === 'object' ? options.demo.dataDir : undefined;
  const dataDir = options.dataDir ?? given;
  return hostPlace({ demo: !!options.demo, env: options.env ?? process.env, ...(dataDir ? { dataDir } : {}) });
}

export async function composeApp(options: ComposeOptions): Promise<App> {
  const env = options.env ?? process.env;
  const place = placeFor(options);
  const ownDemo = options.demo === true;
  // The stand-ins start on the demo folder decided above; they wipe it, so every demo starts afresh.
  const demo: Demo | undefined =
    options.demo === true
      ? await (await import('./sandbox/demo')).startDemo(env, place.dataDir)
      : options.demo || undefined;
  try {
    const host = createNodeHost({
      face: options.face,
      demo: !!demo,
      env,
      place,
      ...(options.host ? { parts: options.host } : {}),
    });
    host.log.log(
      'info',
      `start ${options.face}${demo ? ' demo' : ''} ${host.version} session ${randomUUID().slice(0, 8)}`,
    );
    const core = createCore({
      ...host,
      face: options.face,
      demo: !!demo,
      endpoints: { ...endpointsFromEnvironment(env), ...demo?.endpoints, ...options.endpoints },
      ...(demo ? { demoControls: demo.controls } : {}),
    });
    return { core, place, ...(demo ? { demo } : {}), stop: async () => (ownDemo ? demo?.stop() : undefined) };
  } catch (error) {
    if (ownDemo) await demo?.stop();
    throw error;
  }
}
