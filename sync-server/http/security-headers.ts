// Security headers on every response (OWASP Secure Headers Project). The CSP allows only what
// the built PWA uses: its own scripts, styles (inline style attributes from Preact components),
// images incl. data:/blob: (generated charts and icons), fetch to its own origin, its own
// service worker and manifest. Invariant: no third-party origin is ever allowed, the app is
// never framed. HSTS only when this process itself serves HTTPS (a reverse proxy sets its own).
import type { FastifyInstance } from 'fastify';

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const baseHeaders: Record<string, string> = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  // Households may record a GPS point: geolocation for this origin only; nothing else.
  'permissions-policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** The headers of every answer (also set by http/errors.ts on the router's own error answers). */
export function securityHeaders(options: { https: boolean }): Record<string, string> {
  return options.https ? { ...baseHeaders, 'strict-transport-security': 'max-age=31536000' } : baseHeaders;
}

export function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }): void {
  const headers = securityHeaders(options);
  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(headers)) reply.header(name, value);
    return payload;
  });
}
