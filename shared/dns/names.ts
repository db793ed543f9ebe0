import { AppError } from '../errors';
import { endsInKnownSuffix } from './registrable-domain';

// Vendors hand out record names in every shape: Mailjet an FQDN with a trailing dot
// ("mailjet._1a2b3c4d.example.it."), its guide a bare label, Brevo a label with a dot. Everything is
// stored as one absolute name without the trailing dot, and rendered per target from there.

const NAME_LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

/** The absolute name (no trailing dot) for a name given relative to `domain`, absolute, or as "@". */
export function absoluteName(raw: string, domain: string, field: string): string {
  const name = raw.trim().toLowerCase().replace(/\.+$/, '');
  if (name === '' || name === '@') return domain;
  let absolute = name === domain || name.endsWith(`.${domain}`) ? name : null;
  if (absolute === null) {
    if (endsInKnownSuffix(name))
      throw new AppError('dns.foreign-name', { field, value: raw.trim().slice(0, 120), domain });
    absolute = `${name}.${domain}`;
  }
  // A name copied from a panel that had already appended the domain ("x.example.it.example.it").
  const doubled = `.${domain}.${domain}`;
  while (absolute.endsWith(doubled)) absolute = absolute.slice(0, -(domain.length + 1));
  const labels = absolute.split('.');
  if (absolute.length > 253 || !labels.every((label) => NAME_LABEL.test(label))) {
    throw new AppError('dns.invalid-name', { field, value: raw.trim().slice(0, 120) });
  }
  return absolute;
}

/** The label a panel that appends the domain itself wants ("mailjet._domainkey"), or "@" for the apex. */
export function relativeName(absolute: string, domain: string): string {
  if (absolute === domain) return '@';
  return absolute.endsWith(`.${domain}`) ? absolute.slice(0, -(domain.length + 1)) : absolute;
}

/** Compares names the way DNS does: case-insensitively, with or without the trailing dot. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\.+$/, '') === b.toLowerCase().replace(/\.+$/, '');
}
