// Every secret the core touches is remembered here for the life of the process, so any text that
// leaves the core for a log line or an error report can be scrubbed, whatever path the value took.

const remembered = new Set<string>();
const MIN_LENGTH = 4; // shorter values would scrub ordinary words

export function rememberSecret(value: string | null | undefined): void {
  if (value && value.length >= MIN_LENGTH) remembered.add(value);
}

export function containsSecret(text: string): boolean {
  for (const secret of remembered) if (text.includes(secret)) return true;
  return false;
}

export function redact(text: string): string {
  let out = text;
  // Longest first, so a secret that contains another is replaced whole.
  for (const secret of [...remembered].sort((a, b) => b.length - a.length)) out = out.split(secret).join('[secret]');
  // Credentials that travel in URLs or headers even when we never saw them as values.
  return out
    .replace(/(authorization:\s*(basic|bearer)\s+)[^\s'",}]+/gi, '$1[secret]')
    .replace(/(\/\/[^/\s:@]+:)[^@\s/]+@/g, '$1[secret]@');
}

/** For tests only: forget what earlier tests remembered. */
export function forgetRememberedSecrets(): void {
  remembered.clear();
}
