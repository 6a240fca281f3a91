/**
 * Who may use the browser mode's host. It reads and writes files and starts processes, so only
 * the page it served, in the user's own browser, may drive it:
 *
 * - `Host` must name this server (127.0.0.1 or localhost on its port): a page that rebinds its
 *   own domain name to 127.0.0.1 sends its domain there, and is refused.
 * - `Origin`, when the browser sends one, must be this server: another page's requests and
 *   WebSocket connections carry their own origin, and are refused.
 * - `Sec-Fetch-Site`: a request another site starts (an image, a script tag, a form) is refused,
 *   except that a link to the full address, token included, may be followed.
 * - The secret token, new at each launch, must come with every request: in the address (`?token=`)
 *   or in the cookie the first page load sets. Cookies do not tell ports apart, so the cookie's
 *   name carries the port, and the checks above keep pages on other ports out.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface AccessPolicy {
  port: number;
  token: string;
}

export type AccessCheck =
  { ok: true; tokenInQuery: boolean } | { ok: false; status: 400 | 403; reason: string };

/** A fresh secret: 32 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenCookieName(port: number): string {
  return `neurocanvas-token-${port}`;
}

/** The cookie that lets the page's later requests (scripts, styles, its WebSocket) through. */
export function tokenCookie(policy: AccessPolicy): string {
  return `${tokenCookieName(policy.port)}=${policy.token}; Path=/; HttpOnly; SameSite=Strict`;
}

export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export function checkAccess(
  request: { url?: string | undefined; headers: IncomingHttpHeaders },
  policy: AccessPolicy,
): AccessCheck {
  const refuse = (reason: string): AccessCheck => ({ ok: false, status: 403, reason });
  const { headers } = request;
  const hosts = [`127.0.0.1:${policy.port}`, `localhost:${policy.port}`];
  if (!hosts.includes((headers.host ?? '').toLowerCase()))
    return refuse('This address does not belong to this NeuroCanvas.');

  const origin = headers.origin;
  if (origin !== undefined && !allowedOrigins(policy.port).includes(origin))
    return refuse('Another web page may not use NeuroCanvas.');

  let url: URL;
  try {
    url = new URL(request.url ?? '/', `http://127.0.0.1:${policy.port}`);
  } catch {
    return { ok: false, status: 400, reason: 'The address cannot be read.' };
  }
  const fromQuery = url.searchParams.get('token');
  const tokenInQuery = fromQuery !== null && sameSecret(fromQuery, policy.token);

  const site = headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') {
    const followedLink =
      headers['sec-fetch-mode'] === 'navigate' && headers['sec-fetch-dest'] === 'document';
    if (!(followedLink && tokenInQuery)) return refuse('Another web page may not use NeuroCanvas.');
  }

  if (tokenInQuery) return { ok: true, tokenInQuery };
  const fromCookie = readCookie(headers.cookie, tokenCookieName(policy.port));
  if (fromCookie !== undefined && sameSecret(fromCookie, policy.token))
    return { ok: true, tokenInQuery };
  return refuse(
    fromQuery === null && fromCookie === undefined
      ? 'Open NeuroCanvas with the full address it printed when it started (it ends in ?token=…).'
      : 'This address is from an earlier start of NeuroCanvas. Open the address it printed this time.',
  );
}

/** Compares digests, so the time taken says nothing about how much of the secret matched. */
function sameSecret(given: string, secret: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(secret));
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}
