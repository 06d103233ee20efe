import type { ServerResponse } from 'node:http';

/**
 * The headers every response under /console carries. The Content-Security-Policy allows
 * nothing inline: scripts and styles come from this origin only (the bundle), requests go to
 * this origin only (/graphql and /console/dev-token), and DOM XSS sinks such as innerHTML are
 * closed by Trusted Types with no policy — the console builds every node with
 * createElement and textContent, even the search highlights.
 */
export const CONSOLE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // data: only for the empty favicon (no request for /favicon.ico).
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

export const CONSOLE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONSOLE_CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  // The map asks for the position on this page only; nothing else is ever asked for.
  'permissions-policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
};

/** index.html: always revalidated, so a new bundle (new hashed names) is picked up at once. */
export const REVALIDATE = 'no-cache';
/** Assets are named by their content hash: a changed file has a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Tokens and errors are never stored by the browser or a proxy. */
export const NO_STORE = 'no-store';

export function sendConsoleText(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  const body = Buffer.from(text, 'utf8');
  response.writeHead(status, {
    ...CONSOLE_SECURITY_HEADERS,
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': NO_STORE,
    'content-length': body.length,
    ...extra,
  });
  response.end(body);
}

export function sendConsoleJson(response: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  response.writeHead(status, {
    ...CONSOLE_SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': NO_STORE,
    'content-length': body.length,
  });
  response.end(body);
}
