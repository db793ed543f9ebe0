import { AppError } from '@shared/errors';

// A provider's API base from the environment (the stand-ins, a proxy): https, or plain http on loopback
// only, since every request carries the credential.

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|\[::1\]|localhost)$/i;

export function apiBase(raw: string, variable: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('publish.insecure-url', { variable });
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname))) return url;
  throw new AppError('publish.insecure-url', { variable });
}
