/**
 * Response headers of the browser mode's host. The page may load only its own files and talk only
 * to its own host; it may not be framed by another page; nothing is guessed from content.
 */
import { extname } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Styles may be inline because the canvas and chart libraries position elements with style
 * attributes; scripts may not, except, in the live-reloading development mode, the ones carrying
 * that launch's `nonce`. Images may be data: and blob: URLs (thumbnails, downloads).
 */
export function contentSecurityPolicy(port: number, nonce?: string): string {
  const sockets = [`ws://127.0.0.1:${port}`, `ws://localhost:${port}`].join(' ');
  return [
    "default-src 'self'",
    nonce === undefined ? "script-src 'self'" : `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${sockets}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers on every response, refusals included. */
export function securityHeaders(port: number, nonce?: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(port, nonce),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/**
 * index.html is read fresh every time, so a rebuilt app is what the page loads. Vite names the
 * other files by their content hash (`assets/index-3f2a9c.js`), so they may be kept.
 */
export function cacheControlFor(relativePath: string): string {
  return relativePath.startsWith('assets/') ? 'private, max-age=31536000, immutable' : 'no-store';
}
