import type { ServiceEndpoints } from '../core/context';
import { demoDataDir } from '../core/node-deps';

// The demo runs every step against local stand-ins of Mailjet, Odoo and DNS, all on loopback.
// Each stand-in starts in its own block below and adds what the faces need to reach it.

export interface Demo {
  dataDir: string;
  endpoints: ServiceEndpoints;
  stop(): Promise<void>;
}

export async function startDemo(env: NodeJS.ProcessEnv = process.env): Promise<Demo> {
  const stops: Array<() => Promise<void>> = [];
  const endpoints: ServiceEndpoints = {};

  // --- DNS stand-in (issue 3) ---

  // --- Mailjet stand-in (issue 4) ---

  // --- Odoo stand-in (issue 5) ---

  return {
    dataDir: demoDataDir(env),
    endpoints,
    stop: async () => {
      await Promise.all(stops.map((stop) => stop()));
    },
  };
}
