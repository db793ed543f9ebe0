/** Something the user should read about a record: a locale key under `dns.notices` and its parameters. */
export interface Notice {
  code: string;
  params?: Record<string, string | number>;
}
