import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../host/static-assets';

// The browser face listens on loopback, but any web page the user opens can still send requests to
// 127.0.0.1. Three checks keep those out: the Host header (a DNS-rebinding page arrives with its own
// host name), the Origin header (a foreign page's fetch or form), and a per-launch token that only the
// URL printed in the terminal carries.
//
// The address uses a host name drawn for this launch, `<random>.localhost`: browsers resolve every
// *.localhost name to loopback themselves (RFC 6761 §6.3; checked with Debian's Chromium 156; Firefox
// UNVERIFIED here; some Safari versions do not), and cookies are scoped by host name but not by port,
// so a cookie set for that name is never sent to the other services listening on 127.0.0.1. 127.0.0.1 and localhost stay accepted for scripts (with the token as
// a bearer) and for a browser that does not resolve *.localhost.

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** Where this launch of the browser face answers: its port and its own host name. */
export interface FaceAddress {
  port: number;
  /** `<random>.localhost`, drawn at each launch. */
  hostName: string;
}

/** 64 random bits in hex: a DNS label nobody else can guess, so no other page or service shares it. */
export function perLaunchHostName(): string {
  return `${randomBytes(8).toString('hex')}.localhost`;
}

/** The Host values we answer to; the Origin check takes the same list, so the two never drift apart. */
function allowedHosts(address: FaceAddress): string[] {
  return [`${address.hostName}:${address.port}`, `127.0.0.1:${address.port}`, `localhost:${address.port}`];
}

export function isAllowedHost(host: string | undefined, address: FaceAddress): boolean {
  return !!host && allowedHosts(address).includes(host.toLowerCase());
}

/**
 * No Origin is fine (a script with the token); a present one must be our own. `tokenVisit`: the GET that
 * carries the token in its address may arrive as a cross-site top-level navigation (the browser was
 * opened on our private redirect file, a file:// page), since the token itself is the proof there.
 */
export function isAllowedOrigin(request: IncomingMessage, address: FaceAddress, tokenVisit = false): boolean {
  const origin = request.headers.origin;
  const topLevelNavigation =
    request.headers['sec-fetch-mode'] === 'navigate' && request.headers['sec-fetch-dest'] === 'document';
  if (request.headers['sec-fetch-site'] === 'cross-site' && !(tokenVisit && topLevelNavigation)) return false;
  if (origin === undefined) return true;
  return allowedHosts(address).some((host) => origin.toLowerCase() === `http://${host}`);
}

export function tokenCookieName(port: number): string {
  // Cookies are scoped by host, not port: two browser faces on different ports must not share one.
  return `assistant_token_${port}`;
}

function readCookie(request: IncomingMessage, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export function sameToken(candidate: string | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function requestToken(request: IncomingMessage, port: number): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  return bearer ?? readCookie(request, tokenCookieName(port));
}
