import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

/**
 * Serves the built PWA. index.html, the service worker and the manifest are revalidated on
 * every load (so a deploy reaches devices); hashed assets never change and are cached for a year.
 * Unknown paths fall back to index.html, so deep links work before the service worker runs.
 */
export function createStaticApp(
  distDir: string,
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return sirv(distDir, {
    single: true,
    etag: true,
    dev: false,
    setHeaders(res, pathname) {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'no-referrer');
      res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      res.setHeader('Cache-Control', cacheControlFor(pathname));
    },
  });
}

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'self' covers the same host's ws: and wss: (CSP 3); no other host is reachable.
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Content-hashed files (Vite's assets/, Workbox's runtime) may be cached forever. */
export function cacheControlFor(pathname: string): string {
  if (pathname.startsWith('/assets/') || /^\/workbox-[0-9a-f]{8}\.js$/.test(pathname)) {
    return 'public, max-age=31536000, immutable';
  }
  return 'no-cache';
}
