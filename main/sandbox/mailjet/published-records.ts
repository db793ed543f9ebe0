import { Resolver } from 'node:dns/promises';

// What the stand-in "sees" when Mailjet would read the live DNS (validate, check). By default a table
// the control API fills ("the user published the records"); in the demo, also whatever the DNS
// stand-in serves, so a record published there is found here.

/** The TXT records at a name, each record's strings joined; [] when there are none. */
export type TxtLookup = (name: string) => Promise<string[]>;

export const normaliseName = (name: string) => name.trim().toLowerCase().replace(/\.$/, '');

export class PublishedRecords {
  private readonly table = new Map<string, string[]>();

  set(name: string, values: string[]): void {
    if (values.length) this.table.set(normaliseName(name), [...values]);
    else this.table.delete(normaliseName(name));
  }

  add(name: string, value: string): void {
    const key = normaliseName(name);
    const current = this.table.get(key) ?? [];
    if (!current.includes(value)) this.table.set(key, [...current, value]);
  }

  get(name: string): string[] {
    return [...(this.table.get(normaliseName(name)) ?? [])];
  }

  readonly lookup: TxtLookup = async (name) => [...(this.table.get(normaliseName(name)) ?? [])];
}

/** Both sources together: a record counts as published if either has it. */
export function combinedLookup(...sources: TxtLookup[]): TxtLookup {
  return async (name) => {
    const results = await Promise.all(sources.map((source) => source(name).catch(() => [] as string[])));
    return [...new Set(results.flat())];
  };
}

/** TXT lookups against one DNS server, e.g. the DNS stand-in at "127.0.0.1:5353". */
export function resolverLookup(server: string, timeoutMs = 2000): TxtLookup {
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  resolver.setServers([server]);
  return async (name) => {
    try {
      return (await resolver.resolveTxt(normaliseName(name))).map((chunks) => chunks.join(''));
    } catch {
      return [];
    }
  };
}
