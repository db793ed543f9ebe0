import { protocol, type Session } from 'electron';
import { CONTENT_SECURITY_POLICY, readStatic } from '../host/static-assets';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** Must run before `ready`: a standard, secure scheme gets an origin, storage and fetch like https. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer at app://bundle/, refusing any path that leaves its folder. */
export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? await readStatic(rendererDir, url.pathname) : undefined;
    if (!file) return new Response('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
