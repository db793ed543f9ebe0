import type { ServiceEndpoints } from '../core/context';
import { demoDataDir } from '../core/node-deps';

// The demo runs every step against local stand-ins of Mailjet, Odoo and DNS. Each stand-in's issue
// starts its server here and points the endpoints at it.

export interface Demo {
  dataDir: string;
  endpoints: ServiceEndpoints;
  stop(): Promise<void>;
}

export async function startDemo(env: NodeJS.ProcessEnv = process.env): Promise<Demo> {
  const stops: Array<() => Promise<void>> = [];
  return {
    dataDir: demoDataDir(env),
    endpoints: {},
    stop: async () => {
      await Promise.all(stops.map((stop) => stop()));
    },
  };
}
